import { MAX_ANNOTATIONS, MAX_GLOBS_PER_CONFIG } from './reuse-config.types';
import { globMatches } from './reuse-glob';
import { parseReuseToml } from './reuse-toml';

const messages = (path: string, text: string) => parseReuseToml(path, text).problems.map((problem) => [problem.line, problem.message]);

describe('parseReuseToml', () => {
  it('reads the annotations of the REUSE 3.3 example, paths relative to the file', () => {
    const config = parseReuseToml(
      'sub/REUSE.toml',
      [
        'version = 1',
        '',
        '[[annotations]]',
        'path = ["po/*.po", "po/*.pot"]',
        'precedence = "aggregate"',
        'SPDX-FileCopyrightText = "2019 Translation Company"',
        'SPDX-License-Identifier = "GPL-3.0-or-later"',
        '',
        '[[annotations]]',
        'path = "tests/resources/**"',
        'precedence = "override"',
        'SPDX-FileCopyrightText = ["2019 Jane Doe", "2020 John Doe"]',
        'SPDX-License-Identifier = ["CC0-1.0", "mit"]',
        'SPDX-FileComment = "other keys are allowed"',
      ].join('\n'),
    );
    expect(config).toMatchObject({ kind: 'reuse-toml', path: 'sub/REUSE.toml', directory: 'sub/', problems: [] });
    expect(config.annotations.map((annotation) => [annotation.line, annotation.precedence, annotation.copyrights])).toEqual([
      [3, 'aggregate', ['2019 Translation Company']],
      [9, 'override', ['2019 Jane Doe', '2020 John Doe']],
    ]);
    expect(config.annotations[1].expressions.map((expression) => [expression.raw, expression.line, expression.check.valid && expression.check.expression])).toEqual([
      ['CC0-1.0', 13, 'CC0-1.0'],
      ['mit', 13, 'MIT'],
    ]);
    const [po, tests] = config.annotations;
    expect(['po/de.po', 'po/x.pot', 'po/sub/de.po', 'de.po'].filter((path) => po.globs.some((glob) => globMatches(glob, path)))).toEqual(['po/de.po', 'po/x.pot']);
    expect(tests.globs.some((glob) => globMatches(glob, 'tests/resources/a/b.bin'))).toBe(true);
  });

  it('defaults precedence to closest and lets the license and copyright keys be absent', () => {
    const config = parseReuseToml('REUSE.toml', 'version = 1\n[[annotations]]\npath = "a.txt"\n');
    expect(config).toMatchObject({ directory: '', problems: [], annotations: [{ precedence: 'closest', copyrights: [], expressions: [] }] });
    expect(parseReuseToml('REUSE.toml', 'version = 1\n').annotations).toEqual([]);
  });

  it('keeps invalid expressions with their check for the caller to report', () => {
    const config = parseReuseToml('REUSE.toml', 'version = 1\n\n[[annotations]]\npath = "x"\nSPDX-License-Identifier = "Apache 2"\n');
    expect(config.problems).toEqual([]);
    expect(config.annotations[0].expressions).toEqual([{ raw: 'Apache 2', line: 5, check: expect.objectContaining({ valid: false, suggestion: 'Apache-2.0' }) }]);
  });

  it('reports a file that is not TOML, with the line the parser stopped at', () => {
    expect(messages('REUSE.toml', 'version = 1\n[[annotations]\npath = "x"\n')).toEqual([[2, expect.stringMatching(/^REUSE\.toml is not valid TOML: /)]]);
    expect(parseReuseToml('REUSE.toml', 'version = 1\n[[annotations]]\npath = "x').annotations).toEqual([]);
  });

  it('reports a missing or wrong version but still reads the annotations', () => {
    expect(messages('REUSE.toml', '[[annotations]]\npath = "x"\n')).toEqual([[null, 'REUSE.toml has no "version"; it must say version = 1 (read as version 1)']]);
    expect(messages('REUSE.toml', 'version = "1"\n')).toEqual([[1, 'REUSE.toml has "version" "1"; it must say version = 1 (read as version 1)']]);
    expect(parseReuseToml('REUSE.toml', 'version = 2\n[[annotations]]\npath = "x"\n').annotations).toHaveLength(1);
  });

  it('leaves out a table that cannot be applied and drops malformed entries one by one', () => {
    const config = parseReuseToml(
      'REUSE.toml',
      [
        'version = 1',
        '[[annotations]]',
        'SPDX-License-Identifier = "MIT"',
        '[[annotations]]',
        'path = "a"',
        'precedence = "strongest"',
        '[[annotations]]',
        'path = ["b", 7, "/etc/passwd", "c\\\\"]',
        'SPDX-FileCopyrightText = ["2020 Jane", "", 3]',
        'SPDX-License-Identifier = 5',
      ].join('\n'),
    );
    expect(config.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'REUSE.toml: annotation 1: "path" is required: a path or a list of paths'],
      [4, 'REUSE.toml: annotation 2: "precedence" must be closest, aggregate or override, not "strongest"; the annotation is not applied'],
      [7, 'REUSE.toml: annotation 3: bad path: 7 is not a string'],
      [7, 'REUSE.toml: annotation 3: bad path: "/etc/passwd" is absolute; paths are relative to the directory of REUSE.toml'],
      [7, 'REUSE.toml: annotation 3: bad path: "c\\" ends in an unfinished escape (\\)'],
      [7, 'REUSE.toml: annotation 3: "SPDX-FileCopyrightText" holds an empty string'],
      [7, 'REUSE.toml: annotation 3: "SPDX-FileCopyrightText" holds 3, not a string'],
      [7, 'REUSE.toml: annotation 3: "SPDX-License-Identifier" must be a string or a list of strings'],
    ]);
    expect(config.annotations).toEqual([expect.objectContaining({ line: 7, copyrights: ['2020 Jane'], expressions: [] })]);
    expect(config.annotations[0].globs).toHaveLength(1);
  });

  it('reports annotations that are not a list of tables', () => {
    expect(messages('REUSE.toml', 'version = 1\nannotations = "x"\n')).toEqual([[null, 'REUSE.toml: "annotations" must be a list of tables ([[annotations]])']]);
    expect(messages('REUSE.toml', 'version = 1\nannotations = [1]\n')).toEqual([[null, 'REUSE.toml: annotation 1: is not a table']]);
  });

  it('reads the first annotations of a huge file and says how many it left', () => {
    const text = `version = 1\n${'[[annotations]]\npath = "x"\n'.repeat(MAX_ANNOTATIONS + 5)}`;
    const config = parseReuseToml('REUSE.toml', text);
    expect(config.annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(config.problems.map((problem) => problem.message)).toEqual([`REUSE.toml has ${MAX_ANNOTATIONS + 5} annotations; only the first ${MAX_ANNOTATIONS} were read`]);
  });

  it('caps the paths of one table too', () => {
    const paths = Array.from({ length: MAX_GLOBS_PER_CONFIG + 1 }, (_, index) => `"f${index}"`).join(', ');
    const config = parseReuseToml('REUSE.toml', `version = 1\n[[annotations]]\npath = [${paths}]\n[[annotations]]\npath = "x"\n`);
    expect(config.annotations.map((annotation) => annotation.globs.length)).toEqual([MAX_GLOBS_PER_CONFIG]);
    expect(config.problems.map((problem) => problem.message)).toEqual([
      `REUSE.toml: annotation 1: has ${MAX_GLOBS_PER_CONFIG + 1} paths; only the first ${MAX_GLOBS_PER_CONFIG} were read`,
      'REUSE.toml has 2 annotations; only the first 1 were read',
    ]);
  });

  it('treats __proto__ and deep nesting as data, never as a crash', () => {
    expect(() => parseReuseToml('REUSE.toml', `version = 1\n__proto__ = { polluted = true }\nx = ${'['.repeat(5000)}`)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseReuseToml('REUSE.toml', '[[annotations]]\n__proto__ = "x"\npath = "a"\nversion = 1').annotations).toHaveLength(1);
  });
});
