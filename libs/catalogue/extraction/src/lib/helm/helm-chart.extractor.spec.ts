import { countYamlWork, expectLinearGrowth } from '@allmende/testing';
import type { CatalogueFile, ExtractedComponent } from '../catalogue.types';
import { extractComponents, MAX_MANIFEST_BYTES } from '../extract-components';
import { HARDENED_CHART, HARDENED_VALUES, LITERAL_DEPLOYMENT, NAIVE_CHART, NAIVE_DEPLOYMENT, NAIVE_VALUES, UMBRELLA_VALUES } from './charts.fixture';

const text = (path: string, content: string): CatalogueFile => ({ path, kind: 'text', content });
const extract = (...files: CatalogueFile[]) => extractComponents({ files });
const checksOf = (component: ExtractedComponent) => Object.fromEntries((component.hardening?.checks ?? []).map((check) => [check.name, check]));
const passedOf = (component: ExtractedComponent) => (component.hardening?.checks ?? []).filter((check) => check.passed).map((check) => check.name);

describe('Helm charts', () => {
  it('reads a hardened chart: metadata, dependencies, license annotation, keywords as categories, and full marks', () => {
    const result = extract(text('deploy/helm/buergerportal/Chart.yaml', HARDENED_CHART), text('deploy/helm/buergerportal/values.yaml', HARDENED_VALUES));
    expect(result.findings).toEqual([]);
    const [chart] = result.components;
    expect(chart).toMatchObject({
      key: 'HELM_CHART:deploy/helm/buergerportal/Chart.yaml',
      kind: 'HELM_CHART',
      path: 'deploy/helm/buergerportal/Chart.yaml',
      name: 'buergerportal',
      version: '2.4.0',
      declaredLicense: 'EUPL-1.2',
      categories: ['integration-delivery', 'citizen-portal', 'e-government', 'ozg'],
      platforms: ['kubernetes'],
      logo: 'https://code.musterstadt.de/portal/logo.svg',
      developmentStatus: null,
      dependsOn: ['postgresql@15.5.x from oci://registry-1.docker.io/bitnamicharts', 'common@2.x.x from file://../common'],
      descriptions: { en: { shortDescription: 'Citizen portal of the municipality, with appointment booking and service catalogue', longDescription: null, features: [] } },
    });
    expect(chart.details).toMatchObject({
      apiVersion: 'v2',
      type: 'application',
      appVersion: '1.10',
      kubeVersion: '>=1.27.0-0',
      keywords: ['citizen portal', 'e-government', 'OZG'],
      home: 'https://code.musterstadt.de/portal',
      sources: ['https://code.musterstadt.de/portal/buergerportal'],
      maintainers: [{ name: 'Team Portal', email: 'portal@musterstadt.de', url: null }],
      annotations: { 'artifacthub.io/license': 'EUPL-1.2', 'artifacthub.io/category': 'integration-delivery' },
      dependencies: [
        { name: 'postgresql', version: '15.5.x', repository: 'oci://registry-1.docker.io/bitnamicharts', alias: null, condition: 'postgresql.enabled' },
        { name: 'common', version: '2.x.x', repository: 'file://../common', alias: null, condition: null },
      ],
      deprecated: false,
    });
    expect(chart.hardening).toMatchObject({ score: 100, level: 'HIGH' });
    expect(checksOf(chart)['run-as-non-root'].detail).toBe('runAsNonRoot: true in deploy/helm/buergerportal/values.yaml at podSecurityContext.runAsNonRoot');
    expect(checksOf(chart)['resource-limits'].detail).toBe('resources.limits with cpu and memory in deploy/helm/buergerportal/values.yaml at resources.limits and 1 more place');
  });

  it('scores a naive chart low, saying what to add', () => {
    const result = extract(text('chart/Chart.yaml', NAIVE_CHART), text('chart/values.yaml', NAIVE_VALUES), text('chart/templates/deployment.yaml', NAIVE_DEPLOYMENT));
    const [chart] = result.components;
    expect(chart).toMatchObject({ name: 'hundesteuer', version: '0.1.0', declaredLicense: null, categories: [], dependsOn: [], logo: null, descriptions: {} });
    expect(chart.hardening).toMatchObject({ score: 0, level: 'LOW' });
    expect(checksOf(chart)['run-as-non-root']).toEqual({ name: 'run-as-non-root', passed: false, detail: 'not set in chart/values.yaml or chart/templates/; add runAsNonRoot: true to the pod or container securityContext' });
    expect(checksOf(chart)['liveness-probe'].detail).toBe('not set in chart/values.yaml or chart/templates/; add a livenessProbe');
  });

  it('finds settings for a subchart nested under its name, and fails what one component turns off', () => {
    const [chart] = extract(text('Chart.yaml', NAIVE_CHART), text('values.yaml', UMBRELLA_VALUES)).components;
    const checks = checksOf(chart);
    expect(checks['run-as-non-root']).toEqual({
      name: 'run-as-non-root',
      passed: false,
      detail: 'runAsNonRoot: false in values.yaml at postgresql.metrics.containerSecurityContext.runAsNonRoot; set runAsNonRoot: true there',
    });
    expect(checks['drop-all-capabilities'].detail).toBe('capabilities.drop: [ALL] in values.yaml at postgresql.primary.containerSecurityContext.capabilities');
    expect(checks['seccomp-runtime-default'].detail).toBe('seccompProfile.type: RuntimeDefault in values.yaml at postgresql.primary.podSecurityContext.seccompProfile');
    expect(passedOf(chart)).toEqual(['no-privilege-escalation', 'drop-all-capabilities', 'read-only-root-filesystem', 'seccomp-runtime-default', 'resource-limits']);
  });

  it('reads probes, security context and limits written into templates', () => {
    const result = extract(
      text('charts/formularserver/Chart.yaml', 'apiVersion: v2\nname: formularserver\nversion: 1.0.0\n'),
      text('charts/formularserver/templates/deployment.yaml', LITERAL_DEPLOYMENT),
      text('charts/formularserver/templates/_helpers.tpl', '{{- define "formularserver.fullname" -}}{{ .Release.Name }}{{- end }}\n'),
      text('charts/formularserver/templates/NOTES.txt', 'readinessProbe: not a template\n'),
    );
    const [chart] = result.components;
    expect(result.findings).toEqual([]);
    expect(chart.hardening).toMatchObject({ score: 100 });
    expect(checksOf(chart)['liveness-probe'].detail).toBe('livenessProbe in charts/formularserver/templates/deployment.yaml line 25');
    expect(checksOf(chart)['drop-all-capabilities'].detail).toBe('capabilities.drop: [ALL] in charts/formularserver/templates/deployment.yaml line 19');
    expect(checksOf(chart)['resource-limits'].detail).toBe('resources.limits with cpu and memory in charts/formularserver/templates/deployment.yaml line 22');
  });

  it('leaves the hardening of a library chart unjudged and says why', () => {
    const [chart] = extract(text('charts/common/Chart.yaml', 'apiVersion: v2\nname: common\ntype: library\nversion: 2.20.0\n')).components;
    expect(chart).toMatchObject({ kind: 'HELM_CHART', hardening: null, details: { type: 'library', hardeningNote: expect.stringContaining('library chart') } });
  });

  it('reads a v1 chart with its requirements.yaml and marks a deprecated chart obsolete', () => {
    const [chart] = extract(
      text('Chart.yaml', 'apiVersion: v1\nname: alt\nversion: 1.10\ndeprecated: true\n'),
      text('requirements.yaml', 'dependencies:\n  - name: redis\n    version: 10.5.7\n    repository: https://charts.example.org\n  - name: [42]\n'),
    ).components;
    expect(chart).toMatchObject({ version: '1.10', developmentStatus: 'obsolete', dependsOn: ['redis@10.5.7 from https://charts.example.org'] });
  });

  describe('bad input', () => {
    it.each([
      ['a name that is a list', 'name: [1, 2]\nversion: 1.0.0\n', /no name/, null],
      ['no mapping at all', '- a\n- b\n', /not a mapping/, 1],
      ['broken YAML', 'name: x\n\tversion: 1.0.0\n', /invalid YAML: Tabs are not allowed/, 2],
      ['an alias bomb', `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from({ length: 8 }, (_, index) => `${'bcdefghi'[index]}: &${'bcdefghi'[index]} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`).join('\n')}\nname: x\n`, /aliases/, null],
      ['100,000 levels of nesting', `name: x\nv: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, /nested deeper/, null],
      ['100,000 levels of block nesting', `name: x\nv: ${'- '.repeat(100_000)}1\n`, /nested deeper/, null],
    ])('gives an invalid-manifest finding for a Chart.yaml with %s, before reading it to the end or expanding it', (_case, content, message, line) => {
      const { result, tokens, aliasesResolved } = countYamlWork(() => extract(text('chart/Chart.yaml', content)));
      // The nesting is 100,000 tokens deep and the bomb expands to 9^9 nodes; the refusals read a few hundred.
      expect(tokens).toBeLessThan(1000);
      expect(aliasesResolved).toBeLessThan(1000);
      expect(result.components).toEqual([]);
      expect(result.findings).toEqual([{ rule: 'invalid-manifest', severity: 'WARNING', path: 'chart/Chart.yaml', line, message: expect.stringMatching(message) }]);
    });

    it('reads mistyped fields as absent', () => {
      const [chart] = extract(
        text('Chart.yaml', 'name: typed\nversion: {a: 1}\ndescription: [x]\nkeywords: x\nsources: [1, {a: b}, "https://ok"]\nicon: 12\nmaintainers: "Team"\nannotations: [x]\ndependencies: {name: x}\n'),
      ).components;
      expect(chart).toMatchObject({ name: 'typed', version: null, descriptions: {}, categories: [], logo: '12', dependsOn: [] });
      expect(chart.details).toMatchObject({ keywords: [], sources: ['1', 'https://ok'], maintainers: [], annotations: {} });
    });

    it.each([
      ['broken YAML', text('c/values.yaml', 'a: 1\n\tb: 2\n'), 'invalid-manifest', 2, /invalid YAML: Tabs are not allowed/],
      ['an alias bomb', text('c/values.yaml', `a: &a [x,x,x,x,x,x,x,x,x,x]\n${Array.from({ length: 6 }, (_, i) => `l${i}: &l${i} [${Array(10).fill(i === 0 ? '*a' : `*l${i - 1}`).join(',')}]`).join('\n')}\n`), 'invalid-manifest', null, /aliases/],
      ['deep nesting', text('c/values.yaml', `a: ${'{b: '.repeat(100_000)}`), 'invalid-manifest', null, /nested deeper/],
      ['a list instead of a mapping', text('c/values.yaml', '- a\n'), 'invalid-manifest', null, /not a mapping/],
      ['a symbolic link', { path: 'c/values.yaml', kind: 'symlink' } as CatalogueFile, 'symlink-skipped', null, /symbolic link/],
      ['a binary file', { path: 'c/values.yaml', kind: 'binary', size: 100 } as CatalogueFile, 'invalid-manifest', null, /binary/],
      ['an oversized file', text('c/values.yaml', `a: "${'x'.repeat(MAX_MANIFEST_BYTES)}"\n`), 'invalid-manifest', null, /larger than/],
    ])('still yields the chart when values.yaml is %s, with a finding and every check not checked', (_case, values, rule, line, message) => {
      const result = extract(text('c/Chart.yaml', NAIVE_CHART), values);
      expect(result.components).toHaveLength(1);
      expect(result.findings).toEqual([{ rule, severity: rule === 'symlink-skipped' ? 'INFO' : 'WARNING', path: 'c/values.yaml', line, message: expect.stringMatching(message) }]);
      const checks = result.components[0].hardening?.checks ?? [];
      expect(checks).toHaveLength(8);
      for (const check of checks) {
        expect(check.passed).toBe(false);
        expect(check.detail).toMatch(/^not checked: c\/values\.yaml/);
        expect(check.detail).toMatch(message);
      }
    });

    it('does not read a symlinked Chart.yaml', () => {
      const result = extract({ path: 'chart/Chart.yaml', kind: 'symlink' }, text('chart/values.yaml', HARDENED_VALUES));
      expect(result.components).toEqual([]);
      expect(result.findings).toEqual([{ rule: 'symlink-skipped', severity: 'INFO', path: 'chart/Chart.yaml', line: null, message: expect.stringMatching(/symbolic link/) }]);
    });

    it('reads large values and templates in linear time', () => {
      const chart = (containers: number) => [
        text('Chart.yaml', NAIVE_CHART),
        text('values.yaml', `${Array.from({ length: containers }, (_, index) => `c${index}:\n  securityContext:\n    runAsNonRoot: true`).join('\n')}\n`),
        text('templates/x.yaml', `${'          drop:\n'.repeat(12 * containers)}limits:\n`),
      ];
      const result = expectLinearGrowth(chart, (files) => extract(...files), { small: 625, large: 5_000 });
      expect(checksOf(result.components[0])['run-as-non-root'].detail).toBe('runAsNonRoot: true in values.yaml at c0.securityContext.runAsNonRoot and 4999 more places');
    });
  });
});
