/**
 * Which files of a tree speak about licensing by their name. License files sit anywhere
 * (vendored components carry their own); only those at the top (or in the top-level
 * LICENSES/ directory of REUSE) describe the project itself.
 */
export type LicenseFileRole = 'license-text' | 'readme';

const LICENSE_NAME = /^(?:un)?licen[cs]es?(?:$|[-._ ])|^copying(?:$|[-._ ])|^copyright(?:$|[-._ ])|^patents(?:$|[-._ ])/i;
const README_NAME = /^readme(?:\.(?:md|markdown|txt|rst|adoc))?$/i;
/** `license.go`, `license-check.ts` or `LICENSE.png` are not license texts. */
const NOT_TEXT_EXTENSION =
  /(?:^|\.)(?:[cm]?[jt]sx?|go|py|rb|java|kt|kts|php|cs|c|h|cc|cpp|hpp|rs|swift|scala|sh|ps1|json|ya?ml|toml|xml|css|scss|less|lock|png|jpe?g|gif|svg|ico|pdf|zip|gz|jar|class|o|so|dll|exe|sql|vue|svelte|dart|ex|exs|erl|hs|ml|pl|pm|r|lua|tf|gradle|properties|ini|cfg|conf|csproj|sln)$/i;

export function licenseFileRole(path: string): LicenseFileRole | null {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  if (parts.length === 2 && parts[0] === 'LICENSES') return 'license-text';
  if (README_NAME.test(name)) return parts.length === 1 ? 'readme' : null;
  if (!LICENSE_NAME.test(name)) return null;
  const dot = name.indexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1);
  return NOT_TEXT_EXTENSION.test(extension) ? null : 'license-text';
}

/** The file describes the project rather than a component inside it. */
export function isProjectLevel(path: string): boolean {
  const parts = path.split('/');
  return parts.length === 1 || (parts.length === 2 && parts[0] === 'LICENSES');
}

/**
 * The "License" section of a README (Markdown, reStructuredText or plain headings), where
 * small projects put their license text instead of a LICENSE file.
 */
export function readmeLicenseSection(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const heading = (index: number): number => {
    const markdown = /^(#{1,6})\s*licen[cs]e\b/i.exec(lines[index]);
    if (markdown) return markdown[1].length;
    if (/^licen[cs]e\s*:?\s*$/i.test(lines[index]) && /^\s*([=\-~^*#])\1{2,}\s*$/.test(lines[index + 1] ?? '')) return 2;
    return 0;
  };
  for (let index = 0; index < lines.length; index++) {
    const level = heading(index);
    if (level === 0) continue;
    let end = index + 1;
    while (end < lines.length) {
      const next = /^(#{1,6})\s/.exec(lines[end]);
      if (next && next[1].length <= level) break;
      end++;
    }
    const section = lines.slice(index + 1, end).join('\n').trim();
    return section.length > 0 ? section : null;
  }
  return null;
}
