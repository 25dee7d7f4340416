import type { ConductRuleSeverity } from '../conduct.types';
import { DETECTABLE_LANGUAGES, DetectableLanguage } from '../language/language-detector';
import type { PathPattern } from './path-pattern';
import {
  OptionReader,
  readBoolean,
  readChoiceList,
  readDirectories,
  readFileNames,
  readInteger,
  readOptionalNumber,
  readPatterns,
  readSeverity,
  readStringList,
} from './rule-options';

/** Every rule of the check, in the order its findings are listed. */
export const CONDUCT_RULE_IDS = [
  'license',
  'readme',
  'code-of-conduct',
  'contributing',
  'security-policy',
  'security-contact',
  'changelog',
  'publiccode',
  'secrets',
  'build-artefacts',
  'oversized-files',
  'personal-data',
  'readme-language',
  'scan-truncated',
] as const;
export type ConductRuleId = (typeof CONDUCT_RULE_IDS)[number];

/** A file that must exist: `names` match the file name before its first dot, ignoring case. */
export interface RequiredFileOptions {
  names: string[];
  /** Where it may stand; `.` is the top of the tree. */
  directories: string[];
}

export interface FileSelectionOptions {
  patterns: PathPattern[];
  /** Files the rule leaves alone although a pattern matches them. */
  allowPaths: PathPattern[];
}

export interface ConductRuleOptions {
  /** The rule's severity applies to DENIED and to no license at all; `review` to a license a person must look at. */
  license: { review: ConductRuleSeverity };
  readme: RequiredFileOptions;
  'code-of-conduct': RequiredFileOptions;
  contributing: RequiredFileOptions;
  'security-policy': RequiredFileOptions;
  'security-contact': Record<string, never>;
  changelog: RequiredFileOptions;
  /** `warnings` is the severity of the validator's warnings (deprecated keys and the like). */
  publiccode: { required: boolean; warnings: ConductRuleSeverity };
  /** Handed to the secret scanner; `null` keeps the scanner's own default. */
  secrets: { allowPaths: string[]; allowFingerprints: string[]; entropyThreshold: number | null; minSecretLength: number | null };
  'build-artefacts': FileSelectionOptions;
  'oversized-files': { maxFileBytes: number; allowPaths: PathPattern[] };
  'personal-data': FileSelectionOptions;
  'readme-language': { languages: DetectableLanguage[]; minWords: number };
  'scan-truncated': Record<string, never>;
}

export interface ConductRule<Options> {
  severity: ConductRuleSeverity;
  options: Options;
}

export type ConductRules = { readonly [Id in ConductRuleId]: ConductRule<ConductRuleOptions[Id]> };

interface OptionSpec<T> {
  /** Written as in the YAML file, so defaults pass the same reader as the operator's values. */
  default: unknown;
  read: OptionReader<T>;
}

type RuleDefinition<Options> = {
  severity: ConductRuleSeverity;
  options: { [Key in keyof Options]-?: OptionSpec<Options[Key]> };
};

const COMMUNITY_DIRECTORIES = ['.', '.github', 'docs'];

function requiredFile(severity: ConductRuleSeverity, names: string[], directories: string[]): RuleDefinition<RequiredFileOptions> {
  return { severity, options: { names: { default: names, read: readFileNames }, directories: { default: directories, read: readDirectories } } };
}

const MAX_BYTES = 1024 ** 4;

/** The defaults; `config/conduct-rules.yaml` ships exactly these and explains each. */
export const CONDUCT_RULE_DEFINITIONS: { readonly [Id in ConductRuleId]: RuleDefinition<ConductRuleOptions[Id]> } = {
  license: { severity: 'ERROR', options: { review: { default: 'WARNING', read: readSeverity } } },
  readme: requiredFile('ERROR', ['README'], ['.']),
  'code-of-conduct': requiredFile('ERROR', ['CODE_OF_CONDUCT', 'CODE-OF-CONDUCT'], COMMUNITY_DIRECTORIES),
  contributing: requiredFile('ERROR', ['CONTRIBUTING'], COMMUNITY_DIRECTORIES),
  'security-policy': requiredFile('ERROR', ['SECURITY'], COMMUNITY_DIRECTORIES),
  'security-contact': { severity: 'ERROR', options: {} },
  changelog: requiredFile('INFO', ['CHANGELOG', 'CHANGES', 'HISTORY', 'NEWS', 'RELEASE_NOTES', 'RELEASE-NOTES'], ['.', 'docs']),
  publiccode: {
    severity: 'ERROR',
    options: { required: { default: true, read: readBoolean }, warnings: { default: 'WARNING', read: readSeverity } },
  },
  secrets: {
    severity: 'ERROR',
    options: {
      allowPaths: { default: [], read: readStringList('path patterns') },
      allowFingerprints: { default: [], read: readStringList('fingerprints') },
      entropyThreshold: { default: null, read: readOptionalNumber(0.1, 8, false) },
      minSecretLength: { default: null, read: readOptionalNumber(1, 10_000, true) },
    },
  },
  'build-artefacts': {
    severity: 'WARNING',
    options: {
      patterns: {
        default: ['*.jar', '*.war', '*.ear', '*.class', '*.exe', '*.dll', '*.so', '*.dylib', '*.o', '*.obj', '*.a', '*.lib', '*.pyc', '*.msi', 'node_modules/', '__pycache__/'],
        read: readPatterns,
      },
      allowPaths: { default: ['**/gradle/wrapper/gradle-wrapper.jar', '**/.mvn/wrapper/maven-wrapper.jar'], read: readPatterns },
    },
  },
  'oversized-files': {
    severity: 'WARNING',
    options: { maxFileBytes: { default: 10 * 1024 ** 2, read: readInteger(1, MAX_BYTES) }, allowPaths: { default: [], read: readPatterns } },
  },
  'personal-data': {
    severity: 'WARNING',
    options: { patterns: { default: ['*.sql'], read: readPatterns }, allowPaths: { default: [], read: readPatterns } },
  },
  'readme-language': {
    severity: 'WARNING',
    options: { languages: { default: ['de', 'en'], read: readChoiceList(DETECTABLE_LANGUAGES, true) }, minWords: { default: 20, read: readInteger(1, 10_000) } },
  },
  'scan-truncated': { severity: 'WARNING', options: {} },
};
