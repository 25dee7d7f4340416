import { expectLinearGrowth } from '@allmende/testing';
import { detectLanguage } from './language-detector';

const GERMAN = `# Bürgerportal

Das Bürgerportal ist eine Anwendung für Kommunen, mit der Bürgerinnen und Bürger Anträge online
stellen können. Die Software wird von der Stadt Musterhausen entwickelt und steht unter der EUPL.
Sie lässt sich mit wenigen Schritten auf einem eigenen Server installieren.`;

const ENGLISH = `# Citizen portal

The citizen portal is an application for municipalities that lets citizens submit their requests
online. It is developed by the city of Musterhausen and published under the EUPL. You can install
it on your own server in a few steps, and the documentation describes each of them.`;

const FRENCH = `# Portail citoyen

Le portail citoyen est une application pour les communes qui permet aux citoyens de déposer leurs
demandes en ligne. Il est développé par la ville de Musterhausen et publié sous la licence EUPL.
On peut l'installer sur son propre serveur en quelques étapes simples.`;

const DUTCH = `# Burgerportaal

Het burgerportaal is een toepassing voor gemeenten waarmee inwoners hun aanvragen online kunnen
indienen. Het wordt ontwikkeld door de stad Musterhausen en is gepubliceerd onder de EUPL. Je kunt
het in een paar stappen op je eigen server installeren, zoals de documentatie beschrijft.`;

describe('detectLanguage', () => {
  it('recognises German', () => {
    const detection = detectLanguage(GERMAN, 20);
    expect(detection.languages).toEqual(['de']);
    expect(detection.tooShort).toBe(false);
  });

  it('recognises English', () => {
    expect(detectLanguage(ENGLISH, 20).languages).toEqual(['en']);
  });

  it('recognises neither in French or Dutch text', () => {
    expect(detectLanguage(FRENCH, 20).languages).toEqual([]);
    const dutch = detectLanguage(DUTCH, 20);
    expect(dutch.languages).toEqual([]);
    expect(dutch.shares.de).toBeLessThan(0.1);
  });

  it('finds both languages in a bilingual README, the stronger first', () => {
    expect(detectLanguage(`${ENGLISH}\n\n${GERMAN}\n\n${GERMAN}`, 20).languages).toEqual(['de', 'en']);
  });

  it('says too short below the word minimum, and for an empty file', () => {
    const short = detectLanguage('# Tool\n\nDas ist ein Werkzeug.', 20);
    expect(short).toMatchObject({ tooShort: true, languages: [], words: 5 });
    expect(detectLanguage('', 1)).toMatchObject({ tooShort: true, words: 0, shares: { de: 0, en: 0 } });
  });

  it('counts prose only: code blocks, inline code, links, tags and comments are left out', () => {
    const readme = [
      '# Tool',
      '[![build](https://ci.example.org/badge.svg)](https://ci.example.org)',
      '<!-- the and the and the and the and -->',
      '```sh',
      'the and the and the and the and the and the and',
      '```',
      'Run `the and the` with <b>the</b> flags: https://example.org/the/and',
    ].join('\n');
    // Left: tool, build, run, the (between tags), with, flags.
    const detection = detectLanguage(readme, 1);
    expect(detection.words).toBe(6);
    expect(detection.shares.en).toBeCloseTo(2 / 6);
  });

  it('keeps text after an unclosed comment or fence out', () => {
    expect(detectLanguage(`${ENGLISH}\n<!-- ${'the '.repeat(100)}`, 20).languages).toEqual(['en']);
  });

  // Up to 192,000 characters: the detector reads the first 200,000, so all of each input counts.
  it.each([
    ['unclosed comments', '<!--'],
    ['link targets that never close', '](('],
    ['one endless word', 'a'],
    ['unclosed fences', '```\n'],
  ])('stays linear on hostile input: %s', (_case, unit) => {
    expectLinearGrowth((size) => unit.repeat(size / unit.length), (text) => detectLanguage(text, 20), { small: 24_000, large: 192_000 });
  });

  it('reads text with a byte order mark and invalid UTF-8 replaced', () => {
    expect(detectLanguage(`\uFEFF${ENGLISH}\uFFFD\uFFFD`, 20).languages).toEqual(['en']);
  });
});
