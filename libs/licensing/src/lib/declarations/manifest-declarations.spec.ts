import { isKnownManifest, readManifestLicenses } from './manifest-declarations';
import type { ManifestLicenses } from './manifest.types';

function read(path: string, text: string): ManifestLicenses {
  const result = readManifestLicenses(path, text);
  if (result === null) throw new Error(`${path} is not a manifest`);
  return result;
}

/** [raw, canonical expression or null when invalid, line, interpreted] per declaration. */
function summary(path: string, text: string) {
  const result = read(path, text);
  expect(result.error).toBeNull();
  return result.declarations.map((d) => [d.raw, d.check.valid ? d.check.expression : null, d.line, d.interpreted]);
}

describe('readManifestLicenses', () => {
  it('returns null for files that are no manifest', () => {
    expect(readManifestLicenses('src/index.ts', 'x')).toBeNull();
    expect(readManifestLicenses('docs/package.json.md', '{}')).toBeNull();
    expect(readManifestLicenses('.gemspec', '')).toBeNull();
    expect(isKnownManifest('a/b/Cargo.toml')).toBe(true);
    expect(isKnownManifest('cargo.toml')).toBe(false);
  });

  describe('package.json', () => {
    it('reads the license expression with its line and the manifest name', () => {
      const result = read('packages/a/package.json', '{\n  "name": "a",\n  "license": "mit OR Apache-2.0"\n}');
      expect(result.declarations).toEqual([
        expect.objectContaining({ path: 'packages/a/package.json', line: 3, raw: 'mit OR Apache-2.0', source: 'MANIFEST', manifest: 'package.json', interpreted: false }),
      ]);
      expect(result.declarations[0].check).toEqual(expect.objectContaining({ valid: true, expression: 'MIT OR Apache-2.0' }));
    });

    it('reports a near-miss as invalid with a suggestion', () => {
      const [declaration] = read('package.json', '{"license": "Apache 2"}').declarations;
      expect(declaration.check).toEqual({ valid: false, reason: expect.any(String), suggestion: 'Apache-2.0' });
    });

    it('reads the legacy object and array forms, joining the array with OR', () => {
      expect(summary('package.json', '{"license": {"type": "ISC", "url": "x"}}')).toEqual([['ISC', 'ISC', 1, false]]);
      expect(summary('package.json', '{"licenses": [{"type": "MIT"}, {"type": "GPL-3.0-or-later"}, "BSD-2-Clause", 7]}')).toEqual([
        ['MIT OR GPL-3.0-or-later OR BSD-2-Clause', 'MIT OR GPL-3.0-or-later OR BSD-2-Clause', 1, false],
      ]);
    });

    it('names the bad entry of a legacy array and suggests the whole', () => {
      const [declaration] = read('package.json', '{"licenses": [{"type": "MIT"}, {"type": "Apache 2"}]}').declarations;
      expect(declaration.raw).toBe('MIT OR (Apache 2)');
      expect(declaration.check).toEqual({ valid: false, reason: expect.stringContaining('`Apache 2`'), suggestion: 'MIT OR Apache-2.0' });
    });

    it('turns SEE LICENSE IN into a license file pointer and UNLICENSED into a flag', () => {
      const see = read('pkg/package.json', '{"license": "SEE LICENSE IN ../LICENSE.txt"}');
      expect(see.declarations).toEqual([]);
      expect(see.licenseFiles).toEqual([{ path: 'pkg/package.json', line: 1, file: 'LICENSE.txt', manifest: 'package.json' }]);
      expect(read('package.json', '{"license": "SEE LICENSE IN ../../etc/passwd"}').licenseFiles[0].file).toBeNull();
      const closed = read('package.json', '{"license": "UNLICENSED"}');
      expect(closed).toEqual({ manifest: 'package.json', declarations: [], licenseFiles: [], unlicensed: true, error: null });
    });

    it('reports invalid JSON instead of throwing', () => {
      expect(read('package.json', '{"license": "MIT",}')).toEqual({
        manifest: 'package.json',
        declarations: [],
        licenseFiles: [],
        unlicensed: false,
        error: expect.stringMatching(/^package\.json is not valid JSON: /),
      });
    });

    it('treats hostile values as data', () => {
      expect(summary('package.json', '{"__proto__": {"license": "MIT"}, "constructor": {"license": "MIT"}}')).toEqual([]);
      expect(({} as Record<string, unknown>).license).toBeUndefined();
      expect(summary('package.json', '{"license": 42, "licenses": {"type": "MIT"}}')).toEqual([]);
      expect(summary('package.json', '[1, 2]')).toEqual([]);
      expect(summary('package.json', 'null')).toEqual([]);
      const huge = read('package.json', JSON.stringify({ license: 'MIT OR '.repeat(50_000) + 'MIT' }));
      expect(huge.declarations[0].check).toEqual({ valid: false, reason: expect.stringMatching(/longer than/), suggestion: null });
    });
  });

  describe('composer.json', () => {
    it('reads a string, an array as OR, and proprietary as unlicensed', () => {
      expect(summary('composer.json', '{"license": "GPL-2.0-or-later"}')).toEqual([['GPL-2.0-or-later', 'GPL-2.0-or-later', 1, false]]);
      expect(summary('composer.json', '{\n"license": ["LGPL-2.1-only", "GPL-3.0-or-later"]}')).toEqual([
        ['LGPL-2.1-only OR GPL-3.0-or-later', 'LGPL-2.1-only OR GPL-3.0-or-later', 2, false],
      ]);
      expect(read('composer.json', '{"license": "proprietary"}')).toEqual(expect.objectContaining({ unlicensed: true, declarations: [] }));
      expect(read('composer.json', '{').error).toMatch(/composer\.json is not valid JSON/);
    });
  });

  describe('pom.xml', () => {
    const pom = (licenses: string) => `<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <licenses>\n${licenses}\n  </licenses>\n</project>`;

    it('maps free-text names and marks them interpreted', () => {
      const text = pom('    <license>\n      <name>The Apache Software License, Version 2.0</name>\n    </license>');
      expect(summary('pom.xml', text)).toEqual([['The Apache Software License, Version 2.0', 'Apache-2.0', 4, true]]);
    });

    it('takes an exact id as it is and falls back to the URL', () => {
      expect(summary('pom.xml', pom('<license><name>EUPL-1.2</name></license>'))).toEqual([['EUPL-1.2', 'EUPL-1.2', 4, false]]);
      const byUrl = pom('<license><name>Apache License</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license>');
      expect(summary('pom.xml', byUrl)).toEqual([['Apache License', 'Apache-2.0', 4, true]]);
    });

    it('reads several licenses as a choice (OR)', () => {
      const text = pom('<license><name>MIT License</name></license><license><name>GNU Lesser General Public License v2.1 or later</name></license>');
      expect(summary('pom.xml', text)).toEqual([['(MIT License) OR (GNU Lesser General Public License v2.1 or later)', 'MIT OR LGPL-2.1-or-later', 4, true]]);
    });

    it('keeps an unmappable name invalid and decodes entities', () => {
      const [declaration] = read('pom.xml', pom('<license><name>Foo &amp; Bar Licence</name></license>')).declarations;
      expect(declaration.raw).toBe('Foo & Bar Licence');
      expect(declaration.check.valid).toBe(false);
    });

    it('reports broken XML and does not expand entities', () => {
      expect(read('pom.xml', '<project><licenses></project>').error).toMatch(/^pom\.xml is not valid XML: /);
      const bomb = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><project><licenses><license><name>&b;</name></license></licenses></project>`;
      expect(read('pom.xml', bomb).declarations.map((d) => d.raw)).toEqual(['&b;']);
      expect(summary('pom.xml', '<project/>')).toEqual([]);
    });
  });

  describe('Cargo.toml', () => {
    it('reads license and license-file in [package] and [workspace.package]', () => {
      const text = '[package]\nname = "a"\nlicense = "MIT OR Apache-2.0"\nlicense-file = "../LICENSE"\n';
      const result = read('crates/a/Cargo.toml', text);
      expect(result.declarations.map((d) => [d.raw, d.line, d.check.valid])).toEqual([['MIT OR Apache-2.0', 3, true]]);
      expect(result.licenseFiles).toEqual([{ path: 'crates/a/Cargo.toml', line: 4, file: 'crates/LICENSE', manifest: 'Cargo.toml' }]);
      expect(summary('Cargo.toml', '[workspace.package]\nlicense = "EUPL-1.2"')).toEqual([['EUPL-1.2', 'EUPL-1.2', 2, false]]);
    });

    it('suggests OR for the old slash form and skips workspace inheritance', () => {
      const [declaration] = read('Cargo.toml', '[package]\nlicense = "MIT/Apache-2.0"').declarations;
      expect(declaration.check).toEqual(expect.objectContaining({ valid: false, suggestion: 'MIT OR Apache-2.0' }));
      expect(summary('Cargo.toml', '[package]\nlicense.workspace = true')).toEqual([]);
    });

    it('reports broken TOML and survives prototype keys', () => {
      expect(read('Cargo.toml', '[package\nlicense = "MIT"').error).toMatch(/^Cargo\.toml is not valid TOML: /);
      expect(summary('Cargo.toml', '[__proto__]\nlicense = "MIT"\n[package.__proto__]\nlicense = "MIT"')).toEqual([]);
    });
  });

  describe('pyproject.toml', () => {
    it('reads the PEP 639 expression, the legacy text and file tables and Poetry', () => {
      expect(summary('pyproject.toml', '[project]\nname = "x"\nlicense = "MIT"')).toEqual([['MIT', 'MIT', 3, false]]);
      expect(summary('pyproject.toml', '[project]\nlicense = { text = "MIT License" }')).toEqual([['MIT License', 'MIT', 2, true]]);
      const file = read('py/pyproject.toml', '[project]\nlicense = { file = "LICENSE" }');
      expect(file.licenseFiles).toEqual([{ path: 'py/pyproject.toml', line: 2, file: 'py/LICENSE', manifest: 'pyproject.toml' }]);
      expect(summary('pyproject.toml', '[tool.poetry]\nname = "x"\nlicense = "GPL-3.0-or-later"')).toEqual([['GPL-3.0-or-later', 'GPL-3.0-or-later', 3, false]]);
      expect(read('pyproject.toml', 'license = = 1').error).toMatch(/not valid TOML/);
    });
  });

  describe('setup.cfg', () => {
    it('reads [metadata] license as free text and license files', () => {
      const text = '[options]\nlicense = ignored\n\n[metadata]\nname = x\nlicense = BSD 3-Clause\nlicense_files =\n    LICENSE\n    docs/*.txt\n';
      const result = read('setup.cfg', text);
      expect(result.declarations.map((d) => [d.raw, d.check.valid ? d.check.expression : null, d.line, d.interpreted])).toEqual([['BSD 3-Clause', 'BSD-3-Clause', 6, true]]);
      expect(result.licenseFiles.map((f) => f.file)).toEqual(['LICENSE']);
    });
  });

  describe('*.gemspec', () => {
    it('finds literal licenses without evaluating Ruby', () => {
      expect(summary('a.gemspec', "Gem::Specification.new do |spec|\n  spec.license = 'MIT'\nend")).toEqual([['MIT', 'MIT', 2, false]]);
      expect(summary('a.gemspec', 'Gem::Specification.new do |s|\n  s.licenses = [\n    "Ruby",\n    "BSD-2-Clause"\n  ]\nend')).toEqual([
        ['Ruby OR BSD-2-Clause', 'Ruby OR BSD-2-Clause', 2, false],
      ]);
      expect(summary('a.gemspec', 's.licenses = %w[MIT Apache-2.0]')).toEqual([['MIT OR Apache-2.0', 'MIT OR Apache-2.0', 1, false]]);
      expect(summary('a.gemspec', "# s.license = 'GPL-2.0'\ns.license = LICENSE_CONSTANT\ns.summary = 'MIT'")).toEqual([]);
      expect(summary('a.gemspec', `s.license = "${'x'.repeat(100_000)}`)).toEqual([]);
    });
  });

  describe('NuGet', () => {
    it('reads PackageLicenseExpression and PackageLicenseFile from a project file', () => {
      const text = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <PackageLicenseExpression>MIT</PackageLicenseExpression>\n  </PropertyGroup>\n  <PropertyGroup><PackageLicenseFile>LICENSE.txt</PackageLicenseFile></PropertyGroup>\n</Project>';
      const result = read('src/App/App.csproj', text);
      expect(result.manifest).toBe('*.csproj');
      expect(result.declarations.map((d) => [d.raw, d.line])).toEqual([['MIT', 3]]);
      expect(result.licenseFiles.map((f) => f.file)).toEqual(['src/App/LICENSE.txt']);
    });

    it('reads a nuspec license expression, a license file, or the deprecated licenseUrl', () => {
      const nuspec = (metadata: string) => `<?xml version="1.0"?>\n<package><metadata>\n${metadata}\n</metadata></package>`;
      expect(summary('a.nuspec', nuspec('<license type="expression">Apache-2.0 OR MIT</license>'))).toEqual([['Apache-2.0 OR MIT', 'Apache-2.0 OR MIT', 3, false]]);
      expect(read('a.nuspec', nuspec('<license type="file">docs/LICENSE.md</license>')).licenseFiles.map((f) => f.file)).toEqual(['docs/LICENSE.md']);
      expect(summary('a.nuspec', nuspec('<licenseUrl>https://licenses.nuget.org/MIT</licenseUrl>'))).toEqual([['https://licenses.nuget.org/MIT', 'MIT', 3, true]]);
      expect(read('a.nuspec', '<package>').error).toMatch(/not valid XML/);
    });
  });

  describe('Chart.yaml', () => {
    it('reads the Artifact Hub annotation and a licenses list', () => {
      expect(summary('charts/a/Chart.yaml', 'apiVersion: v2\nname: a\nannotations:\n  artifacthub.io/license: Apache-2.0\n')).toEqual([['Apache-2.0', 'Apache-2.0', 4, false]]);
      expect(summary('Chart.yaml', 'licenses:\n  - MIT\n  - ISC\n')).toEqual([['MIT OR ISC', 'MIT OR ISC', 1, false]]);
      expect(read('Chart.yaml', 'a: [').error).toMatch(/^Chart\.yaml is not valid YAML: /);
    });
  });

  describe('publiccode.yml', () => {
    it('reads legal.license with source PUBLICCODE', () => {
      const result = read('publiccode.yml', 'publiccodeYmlVersion: "0.4"\nlegal:\n  license: AGPL-3.0-or-later\n');
      expect(result.declarations).toEqual([expect.objectContaining({ raw: 'AGPL-3.0-or-later', line: 3, source: 'PUBLICCODE', manifest: 'publiccode.yml' })]);
      expect(summary('publiccode.yaml', 'legal:\n  license: 42')).toEqual([]);
    });

    it('survives alias bombs and deep nesting', () => {
      const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
      expect(read('publiccode.yml', bomb).error).toMatch(/not valid YAML/);
      expect(read('publiccode.yml', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual(expect.objectContaining({ declarations: [], error: expect.stringMatching(/not valid YAML/) }));
    });
  });
});
