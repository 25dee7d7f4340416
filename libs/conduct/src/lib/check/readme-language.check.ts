import type { ConductTree } from '../conduct.types';
import { detectLanguage } from '../language/language-detector';
import type { ConductRules } from '../rules/conduct-rule-definitions';
import type { ConductFindings } from './conduct-findings';
import { requiredFileRank, unreadable } from './required-files.check';

const LANGUAGE_NAMES = { de: 'German', en: 'English' } as const;

/**
 * The README describes the project in an accepted language. Every README the readme rule
 * accepts counts (README.md next to README.de.md), so one in an accepted language is enough.
 * Without a README there is nothing to judge: the readme rule reports that.
 */
export function checkReadmeLanguage(tree: ConductTree, rules: ConductRules, findings: ConductFindings): void {
  const rule = rules['readme-language'];
  if (rule.severity === 'OFF') return;
  const readmes = tree.files
    .map((file) => ({ file, rank: requiredFileRank(file.path, rules.readme.options) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map(({ file }) => file);
  if (readmes.length === 0) return;
  const readable = readmes.filter((file) => file.content !== undefined);
  if (readable.length === 0) {
    findings.add('readme-language', readmes[0].path, null, `${readmes[0].path} cannot be read (${unreadable(readmes[0])}), so its language cannot be told`);
    return;
  }

  const { languages, minWords } = rule.options;
  const accepted = languages.map((language) => LANGUAGE_NAMES[language]).join(' or ');
  const detections = readable.map((file) => ({ file, detection: detectLanguage(file.content ?? '', minWords) }));
  if (detections.some(({ detection }) => detection.languages.some((language) => languages.includes(language)))) return;
  const { file, detection } = detections[0];
  const message = detection.tooShort
    ? `${file.path} has too little prose to tell its language (${detection.words} words, at least ${minWords} needed): describe the project in ${accepted}`
    : languages.length > 1
      ? `${file.path} describes the project in neither ${accepted.replace(' or ', ' nor ')}: add a description in ${accepted}`
      : `${file.path} does not describe the project in ${accepted}: add a description in ${accepted}`;
  findings.add('readme-language', file.path, null, message);
}
