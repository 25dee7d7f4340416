import { expectLinearGrowth } from '@allmende/testing';
import { extractWith, itRefusesUnreadableFiles, onlyComponent, onlyFinding, textFile } from '../support/catalogue-files.fixtures';
import { pyprojectTomlExtractor } from './pyproject-toml.extractor';

const PEP_621 = `[build-system]
requires = ["hatchling"]

[project]
name = "xoev-tools"
version = "0.9.1"
description = "XÖV messages for Python"
license = "EUPL-1.2"
requires-python = ">=3.10"
keywords = ["xoev", "egovernment"]
dependencies = ["requests[socks]>=2.31; python_version > '3.9'", "lxml", "  ", 5]

[project.urls]
Homepage = "https://xoev.musterstadt.de"
`;

const POETRY = `[tool.poetry]
name = "formulare"
version = "1.0.0"
description = "Forms"
license = "MIT"
homepage = "https://forms.example.org"

[tool.poetry.dependencies]
python = "^3.11"
django = "^5.0"
`;

describe('pyproject.toml extractor', () => {
  it('matches pyproject.toml outside vendored folders', () => {
    expect(['pyproject.toml', 'python/pyproject.toml'].every(pyprojectTomlExtractor.matches)).toBe(true);
    expect(['setup.py', 'vendor/x/pyproject.toml'].some(pyprojectTomlExtractor.matches)).toBe(false);
  });

  it('reads PEP 621 [project]', () => {
    expect(onlyComponent(pyprojectTomlExtractor, 'pyproject.toml', PEP_621)).toMatchObject({
      key: 'LIBRARY:pyproject.toml',
      name: 'xoev-tools',
      version: '0.9.1',
      ecosystem: 'pypi',
      declaredLicense: 'EUPL-1.2',
      descriptions: { und: { shortDescription: 'XÖV messages for Python' } },
      details: { requiresPython: '>=3.10', homepage: 'https://xoev.musterstadt.de', keywords: ['xoev', 'egovernment'], dependencies: ['requests', 'lxml'] },
    });
  });

  it('reads Poetry [tool.poetry]', () => {
    expect(onlyComponent(pyprojectTomlExtractor, 'pyproject.toml', POETRY)).toMatchObject({
      name: 'formulare',
      version: '1.0.0',
      declaredLicense: 'MIT',
      details: { requiresPython: '^3.11', homepage: 'https://forms.example.org', dependencies: ['django'] },
    });
  });

  it('prefers [project] and takes from Poetry what it lacks; a dynamic version is unknown', () => {
    const both = `[project]\nname = "a"\ndynamic = ["version"]\nversion = "9"\nlicense = {text = "Apache License 2.0"}\n\n${POETRY}`;
    expect(onlyComponent(pyprojectTomlExtractor, 'pyproject.toml', both)).toMatchObject({ name: 'a', version: '1.0.0', declaredLicense: 'Apache License 2.0', descriptions: { und: { shortDescription: 'Forms' } } });
    expect(onlyComponent(pyprojectTomlExtractor, 'pyproject.toml', '[project]\nname = "a"\nlicense = {file = "LICENSE"}\n').declaredLicense).toBeNull();
  });

  it.each([
    ['tool configuration only', '[tool.black]\nline-length = 100\n'],
    ['a Poetry application', '[tool.poetry]\nname = "portal"\npackage-mode = false\n'],
    ['an empty file', ''],
  ])('lists no library for %s', (_case, content) => {
    expect(extractWith(pyprojectTomlExtractor, textFile('pyproject.toml', content))).toEqual({ components: [], findings: [], truncated: false });
  });

  it('leaves out every value of the wrong type', () => {
    const content = '[project]\nname = "a"\nversion = 1\ndescription = ["x"]\nlicense = 5\ndependencies = "requests"\nkeywords = {a = 1}\n[tool]\npoetry = 5\n';
    expect(onlyComponent(pyprojectTomlExtractor, 'pyproject.toml', content)).toMatchObject({ name: 'a', version: null, declaredLicense: null, descriptions: {}, details: {} });
  });

  it.each([
    ['a list for a name', '[project]\nname = [1, 2]\n', 2, /"name" is not a package name/],
    ['a name that is no distribution name', '[project]\n  name = "xoev tools"\n', 2, /"name" is not a package name/],
    ['broken TOML', '[project]\nname = "a"\nversion = \n', 3, /^not valid TOML: /],
    ['a duplicate key', '[project]\nname = "a"\nname = "b"\n', 3, /^not valid TOML: /],
    ['100,000 levels of nesting', `[project]\nname = "a"\nx = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 3, /^not valid TOML: document contains excessively nested structures/],
  ])('refuses %s with a finding on its line', (_case, content, line, message) => {
    expect(onlyFinding(pyprojectTomlExtractor, 'pyproject.toml', content)).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'pyproject.toml', line, message: expect.stringMatching(message) });
  });

  it('survives a dotted key 100,000 levels deep, which smol-toml builds without recursion, in linear time', () => {
    const pyproject = (levels: number) => `[project]\nname = "a"\n[tool]\n${'a.'.repeat(levels)}b = 1\n`;
    const component = expectLinearGrowth(pyproject, (content) => onlyComponent(pyprojectTomlExtractor, 'pyproject.toml', content), { small: 12_500, large: 100_000 });
    expect(component.name).toBe('a');
  });

  itRefusesUnreadableFiles(pyprojectTomlExtractor, 'pyproject.toml', (bytes) => `[project]\nname = "a"\ndescription = "${'a'.repeat(bytes)}"\n`);
});
