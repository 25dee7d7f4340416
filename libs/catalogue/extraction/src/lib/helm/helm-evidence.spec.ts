import { readHelmYaml } from './helm-yaml.reader';
import { templateEvidence } from './template-evidence';
import { valuesEvidence } from './values-evidence';
import { recordOf } from './yaml-fields';

const fromValues = (yaml: string) => {
  const read = readHelmYaml(yaml);
  if (!read.ok) throw new Error(read.message);
  return valuesEvidence(recordOf(read.value) ?? {}, 'values.yaml').map(({ setting, secure, found, where }) => [setting, secure, found, where]);
};
const fromTemplate = (...lines: string[]) => templateEvidence('templates/x.yaml', lines.join('\n')).map(({ setting, secure, found, where }) => [setting, secure, found, where]);

describe('chart hardening evidence', () => {
  describe('in values', () => {
    it('reads every field of a security context at any depth, arrays included', () => {
      expect(
        fromValues(
          [
            'sidecars:',
            '  - name: proxy',
            '    securityContext:',
            '      runAsUser: 0',
            '      privileged: yes',
            '      capabilities: {drop: [all]}',
            '      seccompProfile: {type: Unconfined}',
            '      readOnlyRootFilesystem: false',
          ].join('\n'),
        ),
      ).toEqual([
        ['runAsNonRoot', false, 'runAsUser: 0', 'values.yaml at sidecars[0].securityContext.runAsUser'],
        ['readOnlyRootFilesystem', false, 'readOnlyRootFilesystem: false', 'values.yaml at sidecars[0].securityContext.readOnlyRootFilesystem'],
        ['allowPrivilegeEscalation', false, 'privileged: true', 'values.yaml at sidecars[0].securityContext.privileged'],
        ['dropAllCapabilities', true, 'capabilities.drop: [ALL]', 'values.yaml at sidecars[0].securityContext.capabilities'],
        ['seccompProfile', false, 'seccompProfile.type: Unconfined', 'values.yaml at sidecars[0].securityContext.seccompProfile'],
      ]);
    });

    it('skips contexts switched off with enabled: false and counts a probe switched off as unsafe', () => {
      expect(
        fromValues(['podSecurityContext:', '  enabled: false', '  runAsNonRoot: true', 'metrics:', '  livenessProbe:', '    enabled: false', '  readinessProbe: {}'].join('\n')),
      ).toEqual([['livenessProbe', false, 'livenessProbe enabled: false', 'values.yaml at metrics.livenessProbe']]);
    });

    it('takes resource limits with cpu and memory, or a resources preset other than none', () => {
      expect(fromValues(['a:', '  resources: {limits: {cpu: 1}}', 'b:', '  resourcesPreset: none', 'c:', '  resourcesPreset: medium'].join('\n'))).toEqual([
        ['resourceLimits', true, 'resourcesPreset: medium', 'values.yaml at c.resourcesPreset'],
      ]);
    });

    it('ignores settings of the wrong type', () => {
      expect(fromValues(['securityContext: [runAsNonRoot]', 'podSecurityContext: {runAsNonRoot: maybe, capabilities: {drop: ALL}, seccompProfile: RuntimeDefault}'].join('\n'))).toEqual([]);
    });
  });

  describe('in templates', () => {
    it('reads drop: ALL inline and as a list, at the same or a deeper indentation', () => {
      expect(fromTemplate('drop: ["ALL"]', 'capabilities:', '  drop:', '  - ALL', 'drop:', '    - NET_RAW', 'drop: [NET_RAW]')).toEqual([
        ['dropAllCapabilities', true, 'capabilities.drop: [ALL]', 'templates/x.yaml line 1'],
        ['dropAllCapabilities', true, 'capabilities.drop: [ALL]', 'templates/x.yaml line 3'],
      ]);
    });

    it('takes Unconfined as a seccomp type only under seccompProfile, and skips comments and template values', () => {
      expect(
        fromTemplate(
          'appArmorProfile:',
          '  type: Unconfined',
          'seccompProfile:',
          '  type: Unconfined',
          '# runAsNonRoot: true',
          'runAsNonRoot: {{ .Values.runAsNonRoot }}',
          'readOnlyRootFilesystem: "true" # always',
        ),
      ).toEqual([
        ['seccompProfile', false, 'seccompProfile.type: Unconfined', 'templates/x.yaml line 4'],
        ['readOnlyRootFilesystem', true, 'readOnlyRootFilesystem: true', 'templates/x.yaml line 7'],
      ]);
    });

    it('needs both cpu and memory under limits', () => {
      expect(fromTemplate('limits:', '  cpu: 1', 'requests:', '  memory: 1Gi')).toEqual([]);
      expect(fromTemplate('limits:', '  memory: 1Gi', '  {{- if .Values.cpu }}', '  cpu: {{ .Values.cpu }}', '  {{- end }}')).toEqual([
        ['resourceLimits', true, 'resources.limits with cpu and memory', 'templates/x.yaml line 1'],
      ]);
    });
  });
});
