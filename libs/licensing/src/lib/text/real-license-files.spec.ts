import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identifyLicenseText } from './identify-license-text';
import { LicenseTextIndex } from './license-text-index';

/**
 * Real license files that are not in this repository: those of the installed npm packages,
 * judged against the license each package declares. Declarations are sometimes wrong
 * (a package saying MIT that ships the Apache-2.0 text), hence rates rather than equality.
 */
const modules = join(__dirname, '../../../../../node_modules');

function packagesWithLicenseFile(): { name: string; declared: string; text: string }[] {
  const names = readdirSync(modules).flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`) : [name]));
  return names.flatMap((name) => {
    const manifest = join(modules, name, 'package.json');
    if (!existsSync(manifest)) return [];
    const declared: unknown = JSON.parse(readFileSync(manifest, 'utf8')).license;
    const file = readdirSync(join(modules, name)).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
    if (typeof declared !== 'string' || !/^[A-Za-z0-9.-]+$/.test(declared) || !file) return [];
    return [{ name, declared, text: readFileSync(join(modules, name, file), 'utf8') }];
  });
}

describe('real license files', () => {
  it('names the declared license for nearly every installed package and almost never another one', () => {
    const packages = packagesWithLicenseFile();
    expect(packages.length).toBeGreaterThan(300);
    let agree = 0;
    const other: string[] = [];
    for (const { name, declared, text } of packages) {
      const result = identifyLicenseText(text);
      if (!result || result.band !== 'identified') continue;
      if (LicenseTextIndex.shared().sameText(result.spdxId, declared) || result.spdxId.replace(/-only$/, '') === declared) agree++;
      else other.push(`${name}: declares ${declared}, text is ${result.spdxId}`);
    }
    expect(agree / packages.length).toBeGreaterThan(0.95);
    expect(other.length / packages.length).toBeLessThan(0.01);
  });
});
