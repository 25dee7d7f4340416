import licenseList from 'spdx-license-list/full';
import { check, compliantFiles, repository, rulesOf, rulesWith, text } from './conduct-check.fixtures';

const ENGLISH_PROSE = 'The portal is an application for municipalities that lets citizens submit their requests online, and it is free to use for all of them.\n';
const GERMAN_PROSE = 'Das Portal ist eine Anwendung für Kommunen, mit der Bürgerinnen und Bürger ihre Anträge online stellen können, und es ist für alle frei nutzbar.\n';

describe('the license rule', () => {
  it('is content with an allowed license', () => {
    expect(check(compliantFiles()).findings).toEqual([]);
  });

  it('is an ERROR for a denied license, naming it and the file', () => {
    const result = check(repository(['LICENSE'], text('LICENSE', licenseList['CC-BY-NC-SA-4.0'].licenseText)));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'license', severity: 'ERROR', path: 'LICENSE', message: expect.stringContaining('denies CC-BY-NC-SA-4.0') })]);
    expect(result.facts.license).toMatchObject({ status: 'DENIED', expression: 'CC-BY-NC-SA-4.0' });
  });

  it('is an ERROR without any license', () => {
    const result = check(repository(['LICENSE']));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'license', severity: 'ERROR', path: null, message: expect.stringMatching(/^no license found/) })]);
    expect(result.facts.license).toMatchObject({ status: 'UNKNOWN', expression: null });
  });

  it('is a WARNING for a license a reviewer must look at', () => {
    const unlisted = check(repository(['LICENSE'], text('LICENSE', licenseList.Beerware.licenseText)));
    expect(unlisted.findings).toEqual([expect.objectContaining({ rule: 'license', severity: 'WARNING', message: expect.stringContaining('Beerware needs a reviewer') })]);
    expect(unlisted.status).toBe('NEEDS_REVIEW');
    const own = 'Copyright Stadt Musterhausen. Permission to use this software is granted to municipalities of the state only, ' + 'under conditions agreed in writing. '.repeat(20);
    const unidentified = check(repository(['LICENSE'], text('LICENSE', own)));
    expect(unidentified.findings).toEqual([expect.objectContaining({ rule: 'license', severity: 'WARNING', path: 'LICENSE', message: expect.stringContaining('matches no known license') })]);
  });

  it('uses the review severity the operator sets', () => {
    const rules = rulesWith('  license: {options: {review: ERROR}}');
    expect(check(repository(['LICENSE'], text('LICENSE', licenseList.Beerware.licenseText)), { rules }).status).toBe('FAILED');
  });
});

describe('the required-file rules', () => {
  it.each([
    ['readme', 'README.md', 'ERROR'],
    ['code-of-conduct', 'CODE_OF_CONDUCT.md', 'ERROR'],
    ['contributing', '.github/CONTRIBUTING.md', 'ERROR'],
    ['security-policy', 'SECURITY.md', 'ERROR'],
    ['changelog', 'CHANGELOG.md', 'INFO'],
  ])('%s: a finding when %s is missing', (rule, path, severity) => {
    const result = check(repository([path]));
    expect(result.findings).toEqual([{ rule, severity, path: null, line: null, message: expect.stringMatching(/^no \S+ file (at|in) .*: add one/) }]);
  });

  it('accept any extension and case, in the listed directories', () => {
    const moved = repository(
      ['README.md', 'CODE_OF_CONDUCT.md', '.github/CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'],
      text('readme.rst', `Citizen portal\n==============\n\n${ENGLISH_PROSE}`),
      text('docs/code-of-conduct', 'Be kind.'),
      text('CONTRIBUTING', 'Send patches.'),
      text('.github/security.txt', 'Contact: https://musterhausen.de/security'),
      text('docs/HISTORY.md', '1.0: first'),
    );
    expect(check(moved).findings).toEqual([]);
  });

  it('accept a symlinked file as present', () => {
    expect(rulesOf(check(repository(['CODE_OF_CONDUCT.md'], { path: 'CODE_OF_CONDUCT.md', kind: 'symlink' })))).toEqual([]);
  });

  it('do not accept the file in another directory or under another name', () => {
    const result = check(repository(['README.md', 'CODE_OF_CONDUCT.md'], text('docs/README.md', ENGLISH_PROSE), text('CONDUCT.md', 'Be kind.')));
    expect(rulesOf(result)).toEqual(['readme', 'code-of-conduct']);
    expect(result.findings[0].message).toBe('no README file at the top of the repository: add one (e.g. README.md) that says what the project is, who it is for and how to use it');
    expect(result.findings[1].message).toMatch(/^no CODE_OF_CONDUCT file at the top of the repository, in \.github\/ or in docs\/: /);
  });

  it('follow the operator\'s names and directories', () => {
    const rules = rulesWith('  readme: {options: {names: [LIESMICH, README], directories: [., docs]}}');
    expect(rulesOf(check(repository(['README.md'], text('docs/LIESMICH.md', GERMAN_PROSE)), { rules }))).toEqual([]);
  });
});

describe('the security-contact rule', () => {
  it.each([
    ['an e-mail address', 'Write to security@musterhausen.de.'],
    ['a mailto link', '[Report](mailto:psirt@stadt.musterhausen.de)'],
    ['a URL', 'Use https://musterhausen.de/vulnerability-disclosure to report.'],
  ])('is content with %s', (_case, content) => {
    const result = check(repository(['SECURITY.md'], text('SECURITY.md', content)));
    expect(result.findings).toEqual([]);
    expect(result.facts.securityPolicy).toEqual({ path: 'SECURITY.md', contact: true });
  });

  it.each([
    ['no contact', 'Please report vulnerabilities responsibly.'],
    ['a placeholder address', 'Write to security@example.org.'],
    ['a placeholder URL', 'See https://security.example.com/report or http://localhost:8080.'],
  ])('is a finding of its own for a SECURITY.md with %s', (_case, content) => {
    const result = check(repository(['SECURITY.md'], text('SECURITY.md', content)));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'security-contact', severity: 'ERROR', path: 'SECURITY.md', message: expect.stringContaining('names no security contact') })]);
    expect(result.facts.securityPolicy).toEqual({ path: 'SECURITY.md', contact: false });
  });

  it('says when the file cannot be read', () => {
    const result = check(repository(['SECURITY.md'], { path: 'SECURITY.md', kind: 'symlink' }));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'security-contact', message: 'SECURITY.md cannot be read (it is a symbolic link), so its security contact cannot be found' })]);
  });

  it('still tells the badges about the contact when its rules are OFF', () => {
    const rules = rulesWith('  security-contact: {severity: OFF}');
    const result = check(repository(['SECURITY.md'], text('SECURITY.md', 'Report responsibly.')), { rules });
    expect(result.findings).toEqual([]);
    expect(result.facts.securityPolicy).toEqual({ path: 'SECURITY.md', contact: false });
  });
});
