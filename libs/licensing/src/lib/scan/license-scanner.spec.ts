import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import licenseList from 'spdx-license-list/full';
import { LicenseScanFile } from '../license-scan.types';
import { parseLicensePolicy } from '../policy/license-policy';
import { scanLicenses } from './license-scanner';

const policy = parseLicensePolicy(readFileSync(join(__dirname, '../../../../../config/license-policy.yaml'), 'utf8'));
const text = (path: string, content: string): LicenseScanFile => ({ path, kind: 'text', content });
const scan = (...files: LicenseScanFile[]) => scanLicenses({ files }, policy);
const rules = (result: ReturnType<typeof scan>) => result.findings.map((finding) => finding.rule);

describe('scanLicenses', () => {
  it('allows a clean Apache-2.0 project whose manifest agrees with its LICENSE', () => {
    const result = scan(text('LICENSE', licenseList['Apache-2.0'].licenseText), text('package.json', '{"name":"x","license":"Apache-2.0"}'), text('src/a.ts', 'export {}'));
    expect(result).toMatchObject({ expression: 'Apache-2.0', status: 'ALLOWED' });
    expect(result.files).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'LICENSE', spdxId: 'Apache-2.0', method: 'EXACT', confidence: 100 }),
        expect.objectContaining({ path: 'package.json', spdxId: 'Apache-2.0', method: 'MANIFEST' }),
      ]),
    );
    expect(rules(result)).toEqual([]);
  });

  it('reads a REUSE-compliant project from its tags, sidecars and LICENSES/', () => {
    const result = scan(
      text('LICENSES/MIT.txt', licenseList.MIT.licenseText),
      text('LICENSES/CC0-1.0.txt', licenseList['CC0-1.0'].licenseText),
      text('src/main.py', '# SPDX-FileCopyrightText: 2026 Stadt Beispiel\n# SPDX-License-Identifier: MIT\nprint(1)\n'),
      { path: 'logo.png', kind: 'binary' },
      text('logo.png.license', 'SPDX-FileCopyrightText: 2026 Stadt Beispiel\nSPDX-License-Identifier: CC0-1.0\n'),
    );
    expect(result).toMatchObject({ expression: 'MIT AND CC0-1.0', status: 'ALLOWED', reuse: { used: true, compliant: true } });
    expect(result.files).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'src/main.py', spdxId: 'MIT', method: 'SPDX_TAG', line: 2 })]));
  });

  it('reports REUSE gaps per file', () => {
    const result = scan(text('LICENSES/MIT.txt', licenseList.MIT.licenseText), text('a.js', '// SPDX-License-Identifier: MIT\n'), text('b.js', 'x'));
    expect(result.reuse).toMatchObject({ used: true, compliant: false });
    const paths = (rule: string) => result.findings.filter((finding) => finding.rule === rule).map((finding) => finding.path);
    expect(paths('reuse-missing-copyright')).toEqual(['a.js', 'b.js']);
    expect(paths('reuse-missing-license')).toEqual(['b.js']);
    expect(rules(result).filter((rule) => rule.startsWith('reuse-'))).toHaveLength(3);
  });

  it('takes the text of GPL-2.0 in LICENSES/ for a GPL-2.0+ tag, and asks for exception texts', () => {
    const result = scan(
      text('LICENSES/GPL-2.0.txt', licenseList['GPL-2.0-only'].licenseText),
      text('a.c', '// SPDX-FileCopyrightText: 2026 Land\n// SPDX-License-Identifier: GPL-2.0+ WITH Classpath-exception-2.0\n'),
    );
    expect(result.findings.filter((finding) => finding.rule.startsWith('reuse-')).map((finding) => [finding.rule, finding.path, finding.message])).toEqual([
      ['reuse-missing-license-text', 'a.c', 'license Classpath-exception-2.0 is used but LICENSES/ holds no text for it'],
    ]);
  });

  it('sends a project to review when package.json says MIT but LICENSE is GPL-3.0', () => {
    const result = scan(text('LICENSE', licenseList['GPL-3.0-only'].licenseText), text('package.json', '{"license":"MIT"}'));
    expect(result.status).toBe('NEEDS_REVIEW');
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'declared-license-mismatch', path: 'package.json', severity: 'ERROR' })]);
  });

  it('denies a project under a denied license, declared or as text', () => {
    expect(scan(text('server.js', '// SPDX-License-Identifier: SSPL-1.0\n'), text('package.json', '{"license":"SSPL-1.0"}')).status).toBe('DENIED');
    expect(scan(text('LICENSE', licenseList['CC-BY-NC-SA-4.0'].licenseText)).status).toBe('DENIED');
  });

  it('denies a vendored component under a denied license and hints at copyleft components', () => {
    const result = scan(text('LICENSE', licenseList['Apache-2.0'].licenseText), text('vendor/x/LICENSE', licenseList['SSPL-1.0'].licenseText));
    expect(result.status).toBe('DENIED');
    const gpl = scan(text('LICENSE', licenseList['Apache-2.0'].licenseText), text('vendor/y/COPYING', licenseList['GPL-2.0-only'].licenseText));
    expect(gpl.outbound).toEqual([expect.stringContaining('Apache-2.0 is incompatible with GPL-2.0-only')]);
  });

  it('finds no license in a project without one', () => {
    const result = scan(text('README.md', '# Tool\n'), text('index.js', 'module.exports = 1;'));
    expect(result).toMatchObject({ expression: null, status: 'UNKNOWN' });
    expect(rules(result)).toEqual(['no-license']);
  });

  it('always allows EUPL-1.2 and suggests corrections for near-miss declarations, never applying them', () => {
    expect(scan(text('LICENSE', licenseList['EUPL-1.2'].licenseText)).status).toBe('ALLOWED');
    const result = scan(text('LICENSE', licenseList['Apache-2.0'].licenseText), text('package.json', '{"license":"Apache 2"}'));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'invalid-license-expression', message: expect.stringContaining('did you mean "Apache-2.0"') })]);
    expect(result.expression).toBe('Apache-2.0');
  });

  it('reports a malformed manifest instead of failing', () => {
    const result = scan(text('LICENSE', licenseList.MIT.licenseText), text('package.json', '{"license": '));
    expect(result.expression).toBe('MIT');
    expect(rules(result)).toEqual(['invalid-license-expression']);
  });

  describe('license notices', () => {
    const apacheNotice = '/*\n * Licensed under the Apache License, Version 2.0 (the "License");\n * you may not use this file except in compliance with the License.\n */\nclass A {}\n';

    it('names the license a source file header states, with its line', () => {
      const result = scan(text('LICENSE', licenseList['Apache-2.0'].licenseText), text('src/A.java', apacheNotice));
      expect(result.files).toEqual(expect.arrayContaining([{ path: 'src/A.java', spdxId: 'Apache-2.0', confidence: 100, method: 'NOTICE', line: 2 }]));
      expect(result).toMatchObject({ expression: 'Apache-2.0', status: 'ALLOWED' });
    });

    it('prefers a file\'s SPDX tag to its notice', () => {
      const result = scan(text('src/A.java', `// SPDX-License-Identifier: MIT\n${apacheNotice}`));
      expect(result.files.filter((file) => file.path === 'src/A.java')).toEqual([expect.objectContaining({ spdxId: 'MIT', method: 'SPDX_TAG' })]);
    });

    it('denies a vendored file whose notice names a denied license', () => {
      const result = scan(
        text('LICENSE', licenseList['EUPL-1.2'].licenseText),
        text('vendor/icons/README.txt', 'These icons are licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.'),
      );
      expect(result.status).toBe('DENIED');
      expect(result.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'denied-license', path: 'vendor/icons/README.txt' })]));
    });

    it('hints at a GPL-2.0-only notice inside an Apache-2.0 project', () => {
      const result = scan(
        text('LICENSE', licenseList['Apache-2.0'].licenseText),
        text('lib/old.c', '/* This program is free software; you can redistribute it and/or modify it\n * under the terms of the GNU General Public License version 2 as published by\n * the Free Software Foundation. */\n'),
      );
      expect(result.files).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'lib/old.c', spdxId: 'GPL-2.0-only', method: 'NOTICE' })]));
      expect(result.outbound.join('\n')).toMatch(/GPL-2.0-only/);
    });

    it('takes the project license from a LICENSE file that only holds a notice', () => {
      const result = scan(text('LICENSE', 'Licensed under the EUPL, Version 1.2 or - as soon they will be approved by the European Commission - subsequent versions of the EUPL (the "Licence").\n'));
      expect(result).toMatchObject({ expression: 'EUPL-1.2', status: 'ALLOWED' });
      expect(result.files).toEqual([expect.objectContaining({ path: 'LICENSE', method: 'NOTICE' })]);
    });

    it('does not read a long license of its own as the license it mentions', () => {
      const own = `Acme Public Licence\n\n${'You may use this software only for purposes Acme approves in writing. '.repeat(80)}\nParts of it were licensed under the MIT license.\n`;
      const result = scan(text('LICENSE', own));
      expect(result.files).toEqual([expect.objectContaining({ path: 'LICENSE', spdxId: 'LicenseRef-unknown' })]);
      expect(result.status).not.toBe('ALLOWED');
    });

    it.each([
      ['a bare SPDX id', '# Tool\n\n## License\n\nEUPL-1.2\n', 'EUPL-1.2'],
      ['a sentence', '# Tool\n\n## Licence\n\nThis project is released under the MIT license.\n', 'MIT'],
    ])("takes the project license from a README's License section with %s", (_case, readme, expression) => {
      const result = scan(text('README.md', readme));
      expect(result).toMatchObject({ expression, status: 'ALLOWED' });
      expect(result.files).toEqual([expect.objectContaining({ path: 'README.md', spdxId: expression, method: 'NOTICE' })]);
    });
  });

  it.each([
    ['block sequences on one line', '- '.repeat(100_000)],
    ['flow sequences', '['.repeat(200_000)],
  ])('reports YAML manifests nested like an attack (%s) as invalid instead of crashing the process', (_case, content) => {
    const result = scan(text('LICENSE', licenseList.MIT.licenseText), text('publiccode.yml', content), text('charts/app/Chart.yaml', content));
    expect(result.expression).toBe('MIT');
    expect(result.findings.filter((finding) => finding.rule === 'invalid-license-expression').map((finding) => finding.path)).toEqual(['publiccode.yml', 'charts/app/Chart.yaml']);
    expect(result.findings.map((finding) => finding.message).join('\n')).toMatch(/nested deeper than 64 levels/);
  });

  it('reports a pom.xml nested like an attack as invalid instead of recursing into it', () => {
    const pom = `<project>${'<a>'.repeat(100_000)}x${'</a>'.repeat(100_000)}</project>`;
    const result = scan(text('LICENSE', licenseList.MIT.licenseText), text('pom.xml', pom));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'invalid-license-expression', path: 'pom.xml', message: expect.stringMatching(/nested deeper than 256 levels/) })]);
  });
});
