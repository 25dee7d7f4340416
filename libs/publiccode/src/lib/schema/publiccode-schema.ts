/** The shape of a value: what the decoder accepts before any rule looks at the content. */
export type FieldType =
  | { kind: 'string' }
  | { kind: 'bool' }
  /** `scalarAsList`: a single string stands for a list of one (`isBasedOn`). */
  | { kind: 'list'; of: FieldType; scalarAsList?: boolean }
  | { kind: 'object'; fields: Readonly<Record<string, FieldType>> }
  /** A mapping with free keys, such as the languages under `description`. */
  | { kind: 'map'; of: FieldType };

const string: FieldType = { kind: 'string' };
const bool: FieldType = { kind: 'bool' };
const strings: FieldType = { kind: 'list', of: string };
const object = (fields: Record<string, FieldType>): FieldType => ({ kind: 'object', fields });
const listOf = (of: FieldType): FieldType => ({ kind: 'list', of });

const organisation = object({ name: string, uri: string });
const dependencies = listOf(object({ name: string, versionMin: string, versionMax: string, optional: bool, version: string }));

const italianSection = object({
  countryExtensionVersion: string,
  conforme: object({ lineeGuidaDesign: bool, modelloInteroperabilita: bool, misureMinimeSicurezza: bool, gdpr: bool }),
  riuso: object({ codiceIPA: string }),
  piattaforme: object({ spid: bool, pagopa: bool, cie: bool, anpr: bool, io: bool }),
});

const description = object({
  localisedName: string,
  genericName: string,
  shortDescription: string,
  longDescription: string,
  documentation: string,
  apiDocumentation: string,
  features: strings,
  screenshots: strings,
  videos: strings,
  awards: strings,
});

/** publiccode.yml standard 0.x (0.2 to 0.5 and `0`), every key the reference parser knows. */
export const PUBLICCODE_V0_FIELDS: Readonly<Record<string, FieldType>> = {
  publiccodeYmlVersion: string,
  name: string,
  applicationSuite: string,
  url: string,
  landingURL: string,
  isBasedOn: { kind: 'list', of: string, scalarAsList: true },
  softwareVersion: string,
  releaseDate: string,
  logo: string,
  monochromeLogo: string,
  organisation,
  inputTypes: strings,
  outputTypes: strings,
  platforms: strings,
  categories: strings,
  usedBy: strings,
  fundedBy: listOf(organisation),
  roadmap: string,
  developmentStatus: string,
  softwareType: string,
  intendedAudience: object({ scope: strings, countries: strings, unsupportedCountries: strings }),
  description: { kind: 'map', of: description },
  legal: object({ license: string, mainCopyrightOwner: string, repoOwner: string, authorsFile: string }),
  maintenance: object({
    type: string,
    contractors: listOf(object({ name: string, email: string, website: string, until: string })),
    contacts: listOf(object({ name: string, email: string, affiliation: string, phone: string })),
  }),
  localisation: object({ localisationReady: bool, availableLanguages: strings }),
  dependsOn: object({ open: dependencies, proprietary: dependencies, hardware: dependencies }),
  supports: listOf(object({ id: string })),
  IT: italianSection,
  it: italianSection,
};

export const SUPPORTED_VERSIONS = ['0', '0.2', '0.2.0', '0.2.1', '0.2.2', '0.3', '0.3.0', '0.4', '0.4.0', '0.5.0', '0.5'] as const;
export const LATEST_VERSION = '0.5';
