import { check, ENGLISH_README, GERMAN_README, repository, rulesWith, text } from './conduct-check.fixtures';

const languageFindings = (...files: Parameters<typeof repository>[1][]) =>
  check(repository(['README.md'], ...files)).findings.filter((finding) => finding.rule === 'readme-language');

const FRENCH = `# Portail citoyen

Le portail citoyen est une application pour les communes qui permet aux citoyens de déposer leurs
demandes en ligne. Il est développé par la ville de Musterhausen et publié sous la licence MIT.
On peut l'installer sur son propre serveur en quelques étapes simples.
`;

describe('the readme-language rule', () => {
  it('is content with a German or an English description', () => {
    expect(languageFindings(text('README.md', GERMAN_README))).toEqual([]);
    expect(languageFindings(text('README.md', ENGLISH_README))).toEqual([]);
  });

  it('warns about a README in another language', () => {
    expect(languageFindings(text('README.md', FRENCH))).toEqual([
      { rule: 'readme-language', severity: 'WARNING', path: 'README.md', line: null, message: 'README.md describes the project in neither German nor English: add a description in German or English' },
    ]);
  });

  it('warns about a README too short to tell', () => {
    expect(languageFindings(text('README.md', '# portal\n\nThe portal.\n'))).toEqual([
      expect.objectContaining({ message: 'README.md has too little prose to tell its language (3 words, at least 20 needed): describe the project in German or English' }),
    ]);
  });

  it('is content when one of several READMEs is in an accepted language', () => {
    expect(languageFindings(text('README.md', FRENCH), text('README.de.md', GERMAN_README))).toEqual([]);
  });

  it('warns about a README it cannot read, and says nothing without a README', () => {
    expect(languageFindings({ path: 'README.md', kind: 'binary' })).toEqual([expect.objectContaining({ message: 'README.md cannot be read (it is not a text file), so its language cannot be told' })]);
    expect(languageFindings()).toEqual([]);
  });

  it('accepts only the operator\'s languages', () => {
    const rules = rulesWith('  readme-language: {options: {languages: [de], minWords: 5}}');
    const result = check(repository(['README.md'], text('README.md', ENGLISH_README)), { rules });
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'readme-language', message: 'README.md does not describe the project in German: add a description in German' })]);
  });
});
