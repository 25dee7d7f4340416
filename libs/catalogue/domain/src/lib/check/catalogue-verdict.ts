import type { CatalogueExtraction, ExtractedComponent } from '@allmende/catalogue-extraction';
import type { Finding } from '@allmende/checks';
import type { IndexOutcome } from '../component/component.store';

/**
 * What the publisher reads on the CATALOGUE run: the extraction's findings, and one INFO
 * finding per failed hardening check so each can be fixed where it is.
 */
export function catalogueFindings(extraction: CatalogueExtraction): Finding[] {
  const hardening = extraction.components.flatMap((component) =>
    (component.hardening?.checks ?? [])
      .filter((check) => !check.passed)
      .map((check): Finding => ({ rule: `hardening-${check.name}`, severity: 'INFO', path: component.path, line: null, message: `${component.name}: ${check.detail}` })),
  );
  return [...extraction.findings, ...hardening];
}

export function catalogueSummary(extraction: CatalogueExtraction, outcome: IndexOutcome): string {
  const found = extraction.components.length;
  if (found === 0) return 'no reusable components found';
  const described = `${found} component${found === 1 ? '' : 's'} (${kindsOf(extraction.components)})`;
  if (outcome.indexed) return `${described} in the catalogue`;
  return outcome.reason === 'not-head' ? `${described} found; not the default branch's head, so the catalogue is unchanged` : `${described} found; the repository is gone`;
}

function kindsOf(components: readonly ExtractedComponent[]): string {
  const counts = new Map<string, number>();
  for (const component of components) counts.set(component.kind, (counts.get(component.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
}
