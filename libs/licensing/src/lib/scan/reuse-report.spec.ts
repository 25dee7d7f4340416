import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import licenseList from 'spdx-license-list/full';
import { GlobBudget } from '../declarations/reuse-glob';
import { LicenseScanFile, LicenseScanResult } from '../license-scan.types';
import { parseLicensePolicy } from '../policy/license-policy';
import { scanLicenses } from './license-scanner';
import { GLOB_STEPS } from './reuse-resolution';

const policy = parseLicensePolicy(readFileSync(join(__dirname, '../../../../../config/license-policy.yaml'), 'utf8'));
const text = (path: string, content: string): LicenseScanFile => ({ path, kind: 'text', content });
const licenseFile = (id: string): LicenseScanFile => text(`LICENSES/${id}.txt`, licenseList[id]?.licenseText ?? `${id} license text`);
const header = (copyright: string | null, license: string | null) =>
  [copyright && `# SPDX-FileCopyrightText: ${copyright}`, license && `# SPDX-License-Identifier: ${license}`, 'print(1)'].filter(Boolean).join('\n');
const toml = (path: string, ...tables: string[]) => text(path, ['version = 1', ...tables.map((table) => `\n[[annotations]]\n${table}`)].join('\n'));
const scan = (...files: LicenseScanFile[]) => scanLicenses({ files }, policy);
const reuseFile = (result: LicenseScanResult, path: string) => result.reuse.files.find((file) => file.path === path);
const findings = (result: LicenseScanResult, prefix = 'reuse-') =>
  result.findings.filter((finding) => finding.rule.startsWith(prefix)).map((finding) => [finding.rule, finding.path, finding.line, finding.message]);

describe('REUSE compliance with REUSE.toml', () => {
  it('covers files without headers and reads every used license from the annotations', () => {
    const result = scan(
      licenseFile('MIT'),
      licenseFile('CC0-1.0'),
      toml('REUSE.toml', 'path = ["docs/**", "*.json"]\nSPDX-FileCopyrightText = "2026 Stadt Beispiel"\nSPDX-License-Identifier = "CC0-1.0"'),
      text('docs/guide.md', '# Guide'),
      { path: 'docs/img/logo.png', kind: 'binary' },
      text('package-lock.json', '{}'),
      text('src/main.py', header('2026 Stadt Beispiel', 'MIT')),
    );
    expect(result.reuse).toEqual({
      used: true,
      compliant: true,
      files: [
        { path: 'docs/guide.md', copyright: true, licenses: ['CC0-1.0'], source: 'reuse-toml' },
        { path: 'docs/img/logo.png', copyright: true, licenses: ['CC0-1.0'], source: 'reuse-toml' },
        { path: 'package-lock.json', copyright: true, licenses: ['CC0-1.0'], source: 'reuse-toml' },
        { path: 'src/main.py', copyright: true, licenses: ['MIT'], source: 'header' },
      ],
    });
    expect(result.findings).toEqual([]);
    expect(result.expression).toBe('MIT AND CC0-1.0');
    expect(result.files).toContainEqual({ path: 'REUSE.toml', spdxId: 'CC0-1.0', confidence: 100, method: 'REUSE', line: 6 });
  });

  it('lets a file say what it says under closest, and fills in copyright and license separately', () => {
    const result = scan(
      licenseFile('MIT'),
      licenseFile('Apache-2.0'),
      toml('REUSE.toml', 'path = "src/**"\nSPDX-FileCopyrightText = "2020 Fallback"\nSPDX-License-Identifier = "Apache-2.0"'),
      text('src/own.py', header('2026 Jane', 'MIT')),
      text('src/copyright-only.py', header('2026 Jane', null)),
      text('src/license-only.py', header(null, 'MIT')),
      text('src/bare.py', 'print(1)'),
    );
    expect(result.reuse.files.map((file) => [file.path, file.licenses, file.source])).toEqual([
      ['src/own.py', ['MIT'], 'header'],
      ['src/copyright-only.py', ['Apache-2.0'], 'reuse-toml'],
      ['src/license-only.py', ['MIT'], 'header'],
      ['src/bare.py', ['Apache-2.0'], 'reuse-toml'],
    ]);
    expect(result.reuse.files.every((file) => file.copyright)).toBe(true);
    expect(result.reuse.compliant).toBe(true);
  });

  it('adds aggregate annotations to what the file says', () => {
    const result = scan(
      licenseFile('MIT'),
      licenseFile('CC-BY-4.0'),
      toml('REUSE.toml', 'path = "po/*.po"\nprecedence = "aggregate"\nSPDX-FileCopyrightText = "2019 Translation Company"\nSPDX-License-Identifier = "CC-BY-4.0"'),
      text('po/de.po', header('2026 Jane', 'MIT')),
      text('po/fr.po', 'msgid ""'),
    );
    expect(result.reuse.files).toEqual([
      { path: 'po/de.po', copyright: true, licenses: ['MIT', 'CC-BY-4.0'], source: 'header' },
      { path: 'po/fr.po', copyright: true, licenses: ['CC-BY-4.0'], source: 'reuse-toml' },
    ]);
  });

  it('lets override replace the file, whose own and snippet licenses then need no text', () => {
    const result = scan(
      licenseFile('CC0-1.0'),
      toml('REUSE.toml', 'path = "tests/resources/**"\nprecedence = "override"\nSPDX-FileCopyrightText = "2019 Jane Doe"\nSPDX-License-Identifier = "CC0-1.0"'),
      text('tests/resources/fixture.py', `${header('2020 Someone Else', 'GPL-3.0-only')}\n# SPDX-SnippetBegin\n# SPDX-License-Identifier: MIT\n# SPDX-SnippetEnd\n`),
    );
    expect(result.reuse).toEqual({ used: true, compliant: true, files: [{ path: 'tests/resources/fixture.py', copyright: true, licenses: ['CC0-1.0'], source: 'reuse-toml' }] });
  });

  it('applies only the last matching table of a file', () => {
    const result = scan(
      licenseFile('MIT'),
      licenseFile('CC0-1.0'),
      toml('REUSE.toml', 'path = "**"\nSPDX-FileCopyrightText = "2026 X"\nSPDX-License-Identifier = "MIT"', 'path = "**.svg"\nSPDX-License-Identifier = "CC0-1.0"'),
      text('a/logo.svg', '<svg/>'),
      text('a/b.c', 'int x;'),
    );
    expect(result.reuse.files.map((file) => [file.path, file.copyright, file.licenses])).toEqual([
      ['a/logo.svg', false, ['CC0-1.0']],
      ['a/b.c', true, ['MIT']],
    ]);
    expect(findings(result)).toEqual([['reuse-missing-copyright', 'a/logo.svg', null, expect.any(String)]]);
  });

  describe('nested REUSE.toml files', () => {
    const outer = (precedence: string) => toml('REUSE.toml', `path = "vendor/**"\nprecedence = "${precedence}"\nSPDX-FileCopyrightText = "2020 Outer"\nSPDX-License-Identifier = "MIT"`);
    const inner = (precedence: string, copyright = true) =>
      toml('vendor/lib/REUSE.toml', `path = "**"\nprecedence = "${precedence}"${copyright ? '\nSPDX-FileCopyrightText = "2021 Inner"' : ''}\nSPDX-License-Identifier = "Apache-2.0"`);
    const licensesOf = (...files: LicenseScanFile[]) => reuseFile(scan(licenseFile('MIT'), licenseFile('Apache-2.0'), ...files, text('vendor/lib/a.js', '// SPDX-License-Identifier: BSD-3-Clause\n')), 'vendor/lib/a.js')?.licenses;

    it('takes the closest file under closest, and the file itself before both', () => {
      expect(licensesOf(outer('closest'), inner('closest'))).toEqual(['BSD-3-Clause']);
      const result = scan(licenseFile('MIT'), licenseFile('Apache-2.0'), outer('closest'), inner('closest', false), text('vendor/lib/b.js', 'x'));
      expect(reuseFile(result, 'vendor/lib/b.js')).toEqual({ path: 'vendor/lib/b.js', copyright: true, licenses: ['Apache-2.0'], source: 'reuse-toml' });
      expect(result.reuse.compliant).toBe(false);
      expect(findings(result)).toEqual([['reuse-unused-license-text', 'LICENSES/MIT.txt', null, 'LICENSES/ holds the text of MIT, which no file uses']]);
    });

    it('lets the outermost override win over closer files and the file itself', () => {
      expect(licensesOf(outer('override'), inner('override'))).toEqual(['MIT']);
      expect(licensesOf(outer('override'), inner('closest'))).toEqual(['MIT']);
      expect(licensesOf(outer('closest'), inner('override'))).toEqual(['Apache-2.0']);
    });

    it('keeps outer aggregate annotations beside an inner override, and every aggregate beside the file', () => {
      expect(licensesOf(outer('aggregate'), inner('override'))).toEqual(['MIT', 'Apache-2.0']);
      expect(licensesOf(outer('aggregate'), inner('aggregate'))).toEqual(['BSD-3-Clause', 'MIT', 'Apache-2.0']);
      expect(licensesOf(outer('aggregate'), inner('closest'))).toEqual(['BSD-3-Clause', 'MIT']);
    });

    it('reads paths relative to the directory of their REUSE.toml', () => {
      const result = scan(licenseFile('MIT'), toml('sub/REUSE.toml', 'path = "*.txt"\nSPDX-FileCopyrightText = "2026 X"\nSPDX-License-Identifier = "MIT"'), text('sub/a.txt', 'a'), text('a.txt', 'b'));
      expect(result.reuse.files.map((file) => [file.path, file.licenses])).toEqual([
        ['sub/a.txt', ['MIT']],
        ['a.txt', []],
      ]);
    });
  });

  it('takes a .license sidecar before the file header', () => {
    const result = scan(licenseFile('MIT'), text('a.py', header('2026 X', 'GPL-3.0-only')), text('a.py.license', 'SPDX-FileCopyrightText: 2026 X\nSPDX-License-Identifier: MIT\n'));
    expect(result.reuse).toMatchObject({ compliant: true, files: [{ path: 'a.py', licenses: ['MIT'], source: 'sidecar' }] });
  });

  it('reports malformed REUSE.toml files and invalid expressions in them, never crashing', () => {
    const result = scan(
      licenseFile('MIT'),
      text('REUSE.toml', 'version = 1\n[[annotations]\n'),
      toml('a/REUSE.toml', 'path = "**"\nprecedence = "nearest"\nSPDX-License-Identifier = "MIT"', 'path = "x.c"\nSPDX-FileCopyrightText = "2026 X"\nSPDX-License-Identifier = ["MIT", "Apache 2"]'),
      { path: 'b/REUSE.toml', kind: 'too-large' },
      text('a/x.c', 'int x;'),
    );
    expect(findings(result)).toEqual([
      ['reuse-invalid-config', 'REUSE.toml', 2, expect.stringMatching(/^REUSE\.toml is not valid TOML/)],
      ['reuse-invalid-config', 'a/REUSE.toml', 3, 'a/REUSE.toml: annotation 1: "precedence" must be closest, aggregate or override, not "nearest"; the annotation is not applied'],
      ['reuse-invalid-config', 'b/REUSE.toml', null, 'b/REUSE.toml cannot be read (over the size limit); its annotations are not applied'],
    ]);
    expect(findings(result, 'invalid-license-expression')).toEqual([['invalid-license-expression', 'a/REUSE.toml', 11, expect.stringContaining('did you mean "Apache-2.0"')]]);
    expect(result.reuse).toMatchObject({ compliant: false, files: [{ path: 'a/x.c', copyright: true, licenses: ['MIT'] }] });
  });
});

describe('REUSE compliance with .reuse/dep5', () => {
  const dep5 = (...paragraphs: string[]) => text('.reuse/dep5', ['Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/', ...paragraphs].join('\n\n'));

  it('aggregates the last matching paragraph with the file and says dep5 is deprecated', () => {
    const result = scan(
      licenseFile('MIT'),
      licenseFile('CC0-1.0'),
      licenseFile('GPL-3.0-or-later'),
      dep5('Files: *\nCopyright: 2026 Stadt\nLicense: MIT', 'Files: assets/*\nCopyright: 2026 Stadt\nLicense: CC0-1.0'),
      { path: 'assets/deep/a.png', kind: 'binary' },
      text('src/a.py', header(null, 'GPL-3.0-or-later')),
    );
    expect(result.reuse).toEqual({
      used: true,
      compliant: true,
      files: [
        { path: 'assets/deep/a.png', copyright: true, licenses: ['CC0-1.0'], source: 'dep5' },
        { path: 'src/a.py', copyright: true, licenses: ['GPL-3.0-or-later', 'MIT'], source: 'header' },
      ],
    });
    expect(findings(result)).toEqual([['reuse-deprecated-dep5', '.reuse/dep5', null, expect.stringContaining('deprecated')]]);
    expect(result.findings.find((finding) => finding.rule === 'reuse-deprecated-dep5')?.severity).toBe('INFO');
  });

  it('reports a Debian synopsis that is no SPDX expression at its line', () => {
    const result = scan(dep5('Files: *\nCopyright: 2026 X\nLicense: GPL-2+'), text('a.c', 'x'));
    expect(findings(result, 'invalid-license-expression')).toEqual([['invalid-license-expression', '.reuse/dep5', 5, expect.stringContaining('"GPL-2+" is not a valid SPDX license expression')]]);
  });

  it('reports REUSE.toml and dep5 together as an error of the configuration but applies both', () => {
    const result = scan(licenseFile('MIT'), licenseFile('CC0-1.0'), dep5('Files: *\nCopyright: 2026 X\nLicense: MIT'), toml('REUSE.toml', 'path = "a.c"\nSPDX-License-Identifier = "CC0-1.0"'), text('a.c', 'x'));
    expect(findings(result, 'reuse-invalid-config')).toEqual([['reuse-invalid-config', '.reuse/dep5', null, 'REUSE.toml and .reuse/dep5 must not be used together (REUSE 3.3); both were applied']]);
    expect(result.reuse).toMatchObject({ compliant: false, files: [{ path: 'a.c', copyright: true, licenses: ['CC0-1.0', 'MIT'] }] });
  });
});

describe('license texts and covered files', () => {
  it('reports missing, unused and misnamed license texts under rules of their own', () => {
    const result = scan(
      licenseFile('MIT'),
      text('LICENSES/apache-2.0.txt', licenseList['Apache-2.0'].licenseText),
      text('LICENSES/GPL-2.0', licenseList['GPL-2.0-only'].licenseText),
      text('LICENSES/notes.md', 'which license is which'),
      text('LICENSES/old/BSD-3-Clause.txt', 'x'),
      toml('REUSE.toml', 'path = "**"\nSPDX-FileCopyrightText = "2026 X"\nSPDX-License-Identifier = "Apache-2.0 OR LicenseRef-Intern"'),
      text('a.c', '// SPDX-License-Identifier: GPL-2.0+\n'),
      text('b.c', 'x'),
    );
    expect(findings(result)).toEqual([
      ['reuse-bad-license-file-name', 'LICENSES/apache-2.0.txt', null, 'LICENSES/apache-2.0.txt: the SPDX id is spelt Apache-2.0; name the file Apache-2.0.txt'],
      ['reuse-bad-license-file-name', 'LICENSES/GPL-2.0', null, 'LICENSES/GPL-2.0: the name needs a file extension, e.g. .txt'],
      ['reuse-bad-license-file-name', 'LICENSES/notes.md', null, expect.stringContaining('is not an SPDX license or exception id')],
      ['reuse-bad-license-file-name', 'LICENSES/old/BSD-3-Clause.txt', null, 'LICENSES/old/BSD-3-Clause.txt: LICENSES/ holds license files only, no subdirectories'],
      ['reuse-missing-license-text', 'b.c', null, 'license LicenseRef-Intern is used but LICENSES/ holds no text for it'],
      ['reuse-unused-license-text', 'LICENSES/MIT.txt', null, 'LICENSES/ holds the text of MIT, which no file uses'],
    ]);
    expect(result.reuse.compliant).toBe(false);
  });

  it('needs texts for licenses in snippets too', () => {
    const snippet = `${header('2026 X', 'MIT')}\n# SPDX-SnippetBegin\n# SPDX-SnippetCopyrightText: 2019 Y\n# SPDX-License-Identifier: BSD-2-Clause\n# SPDX-SnippetEnd\n`;
    expect(findings(scan(licenseFile('MIT'), licenseFile('BSD-2-Clause'), text('a.py', snippet)))).toEqual([]);
    expect(findings(scan(licenseFile('MIT'), text('a.py', snippet)))).toEqual([['reuse-missing-license-text', 'a.py', null, 'license BSD-2-Clause is used but LICENSES/ holds no text for it']]);
  });

  it('leaves out what REUSE 3.3 does not cover', () => {
    const result = scan(
      licenseFile('MIT'),
      text('LICENSE', licenseList.MIT.licenseText),
      text('COPYING.md', 'see LICENSE'),
      text('vendor/x/LICENSE-APACHE', 'x'),
      text('docs/REUSE.toml', 'version = 1'),
      text('sbom.spdx.json', '{}'),
      text('empty.txt', ''),
      { path: 'link', kind: 'symlink' },
      text('.reuse/templates/header.jinja2', 'x'),
      text('meson.build', header('2026 X', 'MIT')),
      text('subprojects/zlib/zlib.c', 'x'),
      text('subprojects/zlib.wrap', header('2026 X', 'MIT')),
    );
    expect(result.reuse.files.map((file) => file.path)).toEqual(['meson.build', 'subprojects/zlib.wrap']);
    expect(result.reuse.compliant).toBe(true);
  });

  it('keeps every kind of gap visible when one kind floods its rule', () => {
    const files = Array.from({ length: 120 }, (_, index) => text(`src/f${index}.c`, '// SPDX-License-Identifier: LicenseRef-Missing\n'));
    const result = scan(licenseFile('MIT'), ...files);
    const counts = new Map<string, number>();
    for (const finding of result.findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ 'reuse-missing-copyright': 51, 'reuse-missing-license-text': 1, 'reuse-unused-license-text': 1 });
  });

  it('stops matching a hostile REUSE.toml on its budget and says so', () => {
    const hostile = `${'*a'.repeat(400)}*c*b`;
    // Matching all of them would take almost twice the budget.
    const files = Array.from({ length: 30 }, (_, index) => text(`c${'a'.repeat(4000)}${index}b`, 'x'));
    const spend = jest.spyOn(GlobBudget.prototype, 'spend');
    const result = scan(toml('REUSE.toml', `path = "${hostile}"\nSPDX-License-Identifier = "MIT"`), ...files);
    const steps = spend.mock.calls.reduce((sum, [count]) => sum + count, 0);
    spend.mockRestore();
    // The budget, and the one match that spent it last: at most glob length × path length steps.
    expect(steps).toBeLessThanOrEqual(GLOB_STEPS + (hostile.length + 1) * (files[0].path.length + 1));
    expect(findings(result, 'reuse-invalid-config')).toEqual([['reuse-invalid-config', null, null, expect.stringContaining('took too long to match')]]);
    expect(result.reuse.compliant).toBe(false);
  });
});
