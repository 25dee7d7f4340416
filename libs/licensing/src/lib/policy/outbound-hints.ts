/**
 * Outbound compatibility hints: what a component's license means for the project that
 * contains it. These are the common cases reviewers ask about, not legal advice; anything
 * not covered here gets no hint rather than a guess.
 */
type Family = 'permissive' | 'weak-copyleft' | 'strong-copyleft' | 'network-copyleft' | 'eupl';

const FAMILY: ReadonlyArray<[RegExp, Family]> = [
  [/^(MIT|MIT-0|ISC|0BSD|BSD-[234]-Clause.*|Apache-[12]\.[01]|Zlib|BSL-1\.0|Unlicense|CC0-1\.0|X11|PostgreSQL|Python-2\.0|PSF-2\.0|UPL-1\.0|NCSA|WTFPL)$/, 'permissive'],
  [/^(LGPL-.*|MPL-[12]\.[01].*|EPL-[12]\.0|CDDL-1\.[01]|CECILL-C|OSL-3\.0)$/, 'weak-copyleft'],
  [/^(GPL-[23]\.0.*)$/, 'strong-copyleft'],
  [/^(AGPL-3\.0.*)$/, 'network-copyleft'],
  [/^EUPL-1\.[12]$/, 'eupl'],
];

function familyOf(id: string): Family | null {
  return FAMILY.find(([pattern]) => pattern.test(id))?.[1] ?? null;
}

/** Licenses EUPL-1.2's appendix names as compatible: a combination may be distributed under them. */
const EUPL_COMPATIBLE = /^(GPL-[23]\.0|AGPL-3\.0|OSL-[23]\.[01]|EPL-[12]\.0|CECILL-2\.[01]|MPL-2\.0|LGPL-[23]\.[01]|CC-BY-SA-3\.0|LiLiQ-R(plus)?-1\.1|CPL-1\.0)/;

export interface ComponentLicense {
  path: string;
  spdxId: string;
}

export function outboundHints(projectLicenses: readonly string[], components: readonly ComponentLicense[]): string[] {
  const hints = new Set<string>();
  for (const project of projectLicenses) {
    const projectFamily = familyOf(project);
    for (const component of components) {
      if (component.spdxId === project) continue;
      const hint = hintFor(project, projectFamily, component);
      if (hint) hints.add(hint);
    }
  }
  return [...hints];
}

function hintFor(project: string, projectFamily: Family | null, component: ComponentLicense): string | null {
  const id = component.spdxId;
  const where = `${id} (${component.path}) in a ${project} project`;
  const family = familyOf(id);
  if (projectFamily === 'eupl' && family !== 'permissive' && family !== null && EUPL_COMPATIBLE.test(id)) {
    return `${where}: EUPL's compatibility clause lets the combined work be distributed under ${id}; files taken from the ${id} component stay under it.`;
  }
  if (/^GPL-2\.0(-only)?$/.test(id) && /^Apache-2\.0$/.test(project)) {
    return `${where}: Apache-2.0 is incompatible with GPL-2.0-only (patent termination and indemnity terms); the combined work cannot be distributed. GPL-2.0-or-later components can be used under GPL-3.0, which makes the whole work GPL-3.0.`;
  }
  if (family === 'strong-copyleft' && projectFamily !== 'strong-copyleft' && projectFamily !== 'network-copyleft') {
    return `${where}: distributing the combined work requires the whole of it under ${id}, with its source; keep the component separate (a separate program) or license the project compatibly.`;
  }
  if (family === 'network-copyleft' && projectFamily !== 'network-copyleft') {
    return `${where}: offering the combined work over a network obliges you to provide its complete source under ${id}.`;
  }
  if (family === 'weak-copyleft' && projectFamily === 'permissive') {
    return `${where}: file- or library-level copyleft; keep the component's files under ${id} and publish changes to them, the rest of the project can stay ${project}.`;
  }
  if (/^GPL-2\.0(-only)?$/.test(project) && (/^GPL-3\.0/.test(id) || /^Apache-2\.0$/.test(id) || /^LGPL-3\.0/.test(id))) {
    return `${where}: ${id} is incompatible with GPL-2.0-only; the combination cannot be distributed unless the project moves to GPL-2.0-or-later and is distributed as GPL-3.0.`;
  }
  return null;
}
