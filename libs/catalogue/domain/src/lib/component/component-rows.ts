import type { ExtractedComponent, LocalizedDescription } from '@allmende/catalogue-extraction';

/** Languages whose short description a result shows, best first. */
const PREFERRED_LANGUAGES = ['de', 'en'];

/** One component as the catalogue's bulk upsert reads it (jsonb_to_recordset). */
export interface ComponentRow {
  component_key: string;
  kind: string;
  path: string;
  name: string;
  version: string | null;
  ecosystem: string | null;
  description: string;
  descriptions: Record<string, LocalizedDescription>;
  categories: string[];
  platforms: string[];
  software_type: string | null;
  development_status: string | null;
  maintenance_type: string | null;
  declared_license: string | null;
  hardening: unknown;
  hardening_level: string | null;
  details: Record<string, unknown>;
  depends_on: string[];
  logo: string | null;
  short_text: string;
  middle_text: string;
  long_text: string;
}

/** Bounds every text to its column, so one over-long field cannot fail the whole write. */
export function componentRow(component: ExtractedComponent): ComponentRow {
  const languages = Object.values(component.descriptions);
  return {
    component_key: clip(component.key, 1200),
    kind: component.kind,
    path: clip(component.path, 1000),
    name: clip(component.name, 200),
    version: clipOrNull(component.version, 100),
    ecosystem: component.ecosystem,
    description: clip(preferredShortDescription(component.descriptions), 1000),
    descriptions: component.descriptions,
    categories: component.categories.map((category) => clip(category, 100)),
    platforms: component.platforms.map((platform) => clip(platform, 100)),
    software_type: clipOrNull(component.softwareType, 64),
    development_status: clipOrNull(component.developmentStatus, 32),
    maintenance_type: clipOrNull(component.maintenanceType, 32),
    declared_license: clipOrNull(component.declaredLicense, 1000),
    hardening: component.hardening,
    hardening_level: component.hardening?.level ?? null,
    details: component.details,
    depends_on: component.dependsOn.map((dependency) => clip(dependency, 500)),
    logo: clipOrNull(component.logo, 2000),
    short_text: languages.map((text) => text.shortDescription ?? '').join(' '),
    middle_text: [...languages.flatMap((text) => text.features), ...component.categories, ...component.platforms].join(' '),
    long_text: languages.map((text) => text.longDescription ?? '').join(' '),
  };
}

export function preferredShortDescription(descriptions: Record<string, LocalizedDescription>): string {
  const languages = Object.keys(descriptions);
  for (const preferred of PREFERRED_LANGUAGES) {
    const language = languages.find((candidate) => candidate === preferred || candidate.startsWith(`${preferred}-`));
    const text = language ? descriptions[language].shortDescription : null;
    if (text) return text;
  }
  return Object.values(descriptions).find((text) => text.shortDescription)?.shortDescription ?? '';
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : text.slice(0, length);
}

function clipOrNull(text: string | null, length: number): string | null {
  return text === null ? null : clip(text, length);
}
