import { MAX_GLOBS_PER_CONFIG } from './reuse-config.types';
import { parseDep5 } from './reuse-dep5';
import { globMatches } from './reuse-glob';

const HEADER = 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: beispiel\n';
const summary = (text: string) =>
  parseDep5(text).annotations.map((annotation) => ({
    line: annotation.line,
    globs: annotation.globs.length,
    copyrights: annotation.copyrights,
    expressions: annotation.expressions.map((expression) => [expression.raw, expression.line, expression.check.valid]),
  }));
const problems = (text: string) => parseDep5(text).problems.map((problem) => [problem.line, problem.message]);

describe('parseDep5', () => {
  it('reads Files paragraphs, continued fields and the license synopsis as an aggregate annotation', () => {
    const text = `${HEADER}\nFiles: po/*.po\n  po/*.pot\nCopyright: 2019 Translation Company\n 2020 Jane Doe\n .\nLicense: GPL-3.0-or-later\n The text of the license\n follows here.\n\n# a comment\nFiles: tests/resources/*\nCopyright: 2019 Jane Doe\nLicense: CC0-1.0\n\nLicense: LicenseRef-Standalone\n A stand-alone license paragraph annotates nothing.\n`;
    expect(summary(text)).toEqual([
      { line: 4, globs: 2, copyrights: ['2019 Translation Company', '2020 Jane Doe'], expressions: [['GPL-3.0-or-later', 9, true]] },
      { line: 14, globs: 1, copyrights: ['2019 Jane Doe'], expressions: [['CC0-1.0', 16, true]] },
    ]);
    const config = parseDep5(text);
    expect(config).toMatchObject({ kind: 'dep5', path: '.reuse/dep5', directory: '', problems: [] });
    expect(config.annotations.every((annotation) => annotation.precedence === 'aggregate')).toBe(true);
    expect(globMatches(config.annotations[1].globs[0], 'tests/resources/deep/x.bin')).toBe(true);
  });

  it('reads CRLF files and field names in any case', () => {
    expect(summary(`${HEADER}\r\nfiles: *\r\nCOPYRIGHT: 2020 X\r\nlicense: MIT\r\n`)).toEqual([{ line: 4, globs: 1, copyrights: ['2020 X'], expressions: [['MIT', 6, true]] }]);
  });

  it('keeps a Debian synopsis that is no SPDX expression, for the caller to report', () => {
    expect(summary(`${HEADER}\nFiles: *\nCopyright: 2020 X\nLicense: GPL-2+\n`)).toEqual([{ line: 4, globs: 1, copyrights: ['2020 X'], expressions: [['GPL-2+', 6, false]] }]);
  });

  it('reports a missing header, fields and patterns, but still applies what is there', () => {
    const text = 'Files: a.c\nLicense: MIT\n\nFiles: \nCopyright: 2020 X\nLicense: MIT\n\nFiles: b\\x c.c\nCopyright: 2020 X\n';
    expect(problems(text)).toEqual([
      [1, '.reuse/dep5 does not start with a header paragraph with a Format: field'],
      [1, '.reuse/dep5: the paragraph for Files: a.c has no Copyright:'],
      [4, '.reuse/dep5: Files: names no pattern'],
      [8, '.reuse/dep5: bad Files pattern: "b\\x" escapes "x", which only \\*, \\? and \\\\ may'],
      [8, '.reuse/dep5: the paragraph for Files: b\\x c.c has no License: expression'],
    ]);
    expect(summary(text).map((annotation) => [annotation.globs, annotation.copyrights.length, annotation.expressions.length])).toEqual([
      [1, 0, 1],
      [0, 1, 1],
      [1, 1, 0],
    ]);
  });

  it('reports lines that are no fields, stray continuations and repeated fields', () => {
    expect(problems(`  stray\n${HEADER}\nFiles: *\nnot a field\nCopyright: 2020 X\nCopyright: 2021 Y\nLicense: MIT\n`)).toEqual([
      [1, '.reuse/dep5: line 1 continues no field'],
      [6, '.reuse/dep5: line 6 is not a "Field: value" line'],
      [8, '.reuse/dep5: Copyright: appears twice in one paragraph; the first is used'],
    ]);
  });

  it('caps the patterns of a paragraph', () => {
    const config = parseDep5(`${HEADER}\nFiles: ${'a '.repeat(MAX_GLOBS_PER_CONFIG + 1)}\nCopyright: x\nLicense: MIT\n`);
    expect(config.annotations[0].globs).toHaveLength(MAX_GLOBS_PER_CONFIG);
    expect(config.problems.map((problem) => problem.message)).toEqual([expect.stringContaining(`has ${MAX_GLOBS_PER_CONFIG + 1} patterns; only the first ${MAX_GLOBS_PER_CONFIG} were read`)]);
  });

  it('never throws on binary garbage or a huge single paragraph', () => {
    expect(() => parseDep5('\u0000\u0001\uFFFD:::\n\n\n')).not.toThrow();
    const huge = `${HEADER}\nFiles: *\nCopyright: x\n${'X-Field: y\n'.repeat(200_000)}License: MIT\n`;
    expect(summary(huge)).toHaveLength(1);
  });
});
