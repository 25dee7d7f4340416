import { ComponentExtractor, ManifestError } from '../component-extractor';
import { describingFileNamed } from '../support/describing-paths';
import { lineMatching } from '../support/source-lines';
import { field, isRecord, keysOf, text, textList } from '../support/untrusted-values';
import { noLibrary, oneLibrary } from './library-component.factory';
import { readToml } from './manifest-formats';

/** PEP 508's rule for distribution names. */
const PACKAGE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** The distribution name at the start of a PEP 508 requirement (`requests[socks]>=2; python_version>"3"`). */
const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/**
 * A Python package from PEP 621 `[project]` or Poetry's `[tool.poetry]`; where both state a
 * field, `[project]` wins (Poetry 2 reads it first too). A pyproject.toml with neither name only
 * configures tools (black, ruff, pytest) and is no library; nor is a Poetry project with
 * `package-mode = false`, Poetry's switch for applications that are never packaged.
 */
export const pyprojectTomlExtractor: ComponentExtractor = {
  name: 'pyproject-toml',
  matches: describingFileNamed('pyproject.toml'),
  extract(file) {
    const data = readToml(file.content);
    const project = field(data, 'project');
    const poetry = field(field(data, 'tool'), 'poetry');
    if (field(poetry, 'package-mode') === false) return noLibrary();
    if (field(project, 'name') === undefined && field(poetry, 'name') === undefined) return noLibrary();
    const name = text(field(project, 'name')) ?? text(field(poetry, 'name'));
    if (!name || !PACKAGE_NAME.test(name)) throw new ManifestError('"name" is not a package name', lineMatching(file.content, /^\s*name\s*=/));
    const dynamic = textList(field(project, 'dynamic'));
    return oneLibrary(file.path, {
      name,
      version: (dynamic.includes('version') ? null : text(field(project, 'version'))) ?? text(field(poetry, 'version')),
      ecosystem: 'pypi',
      license: projectLicense(field(project, 'license')) ?? text(field(poetry, 'license')),
      description: text(field(project, 'description')) ?? text(field(poetry, 'description')),
      dependencies: [...requirementNames(field(project, 'dependencies')), ...keysOf(field(poetry, 'dependencies')).filter((dependency) => dependency !== 'python')],
      details: {
        requiresPython: text(field(project, 'requires-python')) ?? text(field(field(poetry, 'dependencies'), 'python')),
        homepage: text(field(field(project, 'urls'), 'Homepage')) ?? text(field(poetry, 'homepage')),
        keywords: textList(field(project, 'keywords') ?? field(poetry, 'keywords')),
      },
    });
  },
};

/** PEP 639's SPDX string, or the older `{text = "…"}`; `{file = "LICENSE"}` names no license itself. */
function projectLicense(license: unknown): string | null {
  return text(license) ?? (isRecord(license) ? text(field(license, 'text')) : null);
}

function requirementNames(requirements: unknown): string[] {
  return textList(Array.isArray(requirements) ? requirements : []).flatMap((requirement) => REQUIREMENT_NAME.exec(requirement)?.[1] ?? []);
}
