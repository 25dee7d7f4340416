import type { ManifestLicenses } from './manifest.types';
import { declare, emptyResult, interpret, resolveRelative, type ManifestFile } from './manifest-support';

const SECTION = /^\s*\[([^\]]*)\]\s*$/;
const ENTRY = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/;

/**
 * setuptools' declarative `[metadata]`: `license` is free text (often `MIT License`), so it is
 * mapped and marked interpreted; `license_file`/`license_files` name files (globs are skipped).
 * An INI file cannot be malformed in a way that matters here, so there is never an error.
 */
export function readSetupCfg(file: ManifestFile): ManifestLicenses {
  const result = emptyResult(file);
  const lines = file.text.split(/\r\n|\r|\n/);
  let section = '';
  for (let index = 0; index < lines.length; index++) {
    const header = SECTION.exec(lines[index]);
    if (header) section = header[1].trim().toLowerCase();
    const entry = section === 'metadata' && !/^\s/.test(lines[index]) ? ENTRY.exec(lines[index]) : null;
    if (!entry) continue;
    const key = entry[1].toLowerCase().replace(/-/g, '_');
    const values = [entry[2], ...continuation(lines, index + 1)].map((value) => value.trim()).filter((value) => value !== '');
    if (key === 'license' && values.length > 0) {
      const raw = values.join(' ');
      const { check, interpreted } = interpret(raw);
      result.declarations.push(declare(file, raw, index + 1, check, interpreted));
    } else if (key === 'license_file' || key === 'license_files') {
      for (const target of values.flatMap((value) => value.split(',')).map((value) => value.trim())) {
        if (target !== '' && !/[*?[]/.test(target)) result.licenseFiles.push({ path: file.path, line: index + 1, file: resolveRelative(file.path, target), manifest: file.manifest });
      }
    }
  }
  return result;
}

/** INI continuation lines: indented lines right after the entry. */
function continuation(lines: string[], start: number): string[] {
  const values: string[] = [];
  for (let index = start; index < lines.length && /^\s+\S/.test(lines[index]); index++) values.push(lines[index]);
  return values;
}
