import { expectLinearGrowth } from '@allmende/testing';
import { readSpdxTags } from './spdx-tags';

const expressions = (text: string) => readSpdxTags(text).licenses.map((tag) => [tag.line, tag.expression]);
const notices = (text: string) => readSpdxTags(text).copyrights.map((notice) => [notice.line, notice.text]);

describe('readSpdxTags', () => {
  it.each([
    ['// SPDX-License-Identifier: MIT'],
    ['# SPDX-License-Identifier: MIT'],
    ['/* SPDX-License-Identifier: MIT */'],
    [' * SPDX-License-Identifier: MIT'],
    ['<!-- SPDX-License-Identifier: MIT -->'],
    ['-- SPDX-License-Identifier: MIT'],
    ['; SPDX-License-Identifier: MIT'],
    ['% SPDX-License-Identifier: MIT'],
    ['{- SPDX-License-Identifier: MIT -}'],
    ['.. SPDX-License-Identifier: MIT'],
    ['(* SPDX-License-Identifier: MIT *)'],
    ["' SPDX-License-Identifier: MIT"],
    ['REM SPDX-License-Identifier: MIT'],
    [':: SPDX-License-Identifier: MIT'],
    ['dnl SPDX-License-Identifier: MIT'],
    ['{# SPDX-License-Identifier: MIT #}'],
    ['<%# SPDX-License-Identifier: MIT %>'],
    ['.\\" SPDX-License-Identifier: MIT'],
    ['SPDX-License-Identifier: MIT'],
    ['\t//   SPDX-License-Identifier:MIT   '],
    ['"""SPDX-License-Identifier: MIT"""'],
  ])('reads %j', (line) => {
    expect(expressions(`first line\n${line}\nlast line`)).toEqual([[2, 'MIT']]);
  });

  it('reads a full header with copyrights and an expression', () => {
    const text = [
      '#!/usr/bin/env python3',
      '# SPDX-FileCopyrightText: 2016, 2018-2019 Jane Doe <jane@example.com>',
      '# SPDX-FileCopyrightText: © 2019 Example Organisation',
      '# SPDX-FileContributor: Not A Copyright Holder',
      '#',
      '# SPDX-License-Identifier: GPL-3.0-or-later OR Apache-2.0',
    ].join('\r\n');
    const tags = readSpdxTags(text);
    expect(tags.copyrights).toEqual([
      { line: 2, text: '2016, 2018-2019 Jane Doe <jane@example.com>' },
      { line: 3, text: '© 2019 Example Organisation' },
    ]);
    expect(tags.licenses).toEqual([
      expect.objectContaining({ line: 6, expression: 'GPL-3.0-or-later OR Apache-2.0', snippet: false, check: expect.objectContaining({ valid: true }) }),
    ]);
  });

  it.each([
    ['// Copyright 2016, 2018-2019 Joe Anybody', 'Copyright 2016, 2018-2019 Joe Anybody'],
    [' * Copyright (c) Alice, some rights reserved', 'Copyright (c) Alice, some rights reserved'],
    ['# Copyright: 2020 Bob', 'Copyright: 2020 Bob'],
    ['<!-- © Example Corporation <https://corp.example.com> -->', '© Example Corporation <https://corp.example.com>'],
    ['# (C) 2021 Carol', '(C) 2021 Carol'],
    ['; SPDX-SnippetCopyrightText: 2022 Jane Doe', '2022 Jane Doe'],
  ])('reads the copyright notice %j', (line, text) => {
    expect(notices(line)).toEqual([[1, text]]);
  });

  it.each([
    'SPDX-FileContributor: Jane Doe',
    '# Copyright',
    '# copyright is important to us',
    'print("Copyright 2020 Jane")',
    '(c) the third item of a list',
    '# SPDX-FileCopyrightText:',
  ])('does not take %j for a copyright notice', (line) => {
    expect(notices(line)).toEqual([]);
  });

  it('ignores tags that code talks about', () => {
    const text = [
      'const TAG = "SPDX-License-Identifier: ";',
      'if (line.startsWith("SPDX-License-Identifier:")) return;',
      'echo "SPDX-License-Identifier: MIT" > file.txt',
      '  "SPDX-License-Identifier: ",',
      '# SPDX-License-Identifier:',
    ].join('\n');
    expect(readSpdxTags(text)).toEqual({ licenses: [], copyrights: [] });
  });

  it('returns an unparsable value with an invalid check instead of dropping or using it', () => {
    const [tag] = readSpdxTags('// SPDX-License-Identifier: Apache 2\n').licenses;
    expect(tag.expression).toBe('Apache 2');
    expect(tag.check).toEqual({ valid: false, reason: expect.any(String), suggestion: 'Apache-2.0' });
  });

  it('strips closing markers and string delimiters but keeps parentheses of the expression', () => {
    expect(expressions('/* SPDX-License-Identifier: (MIT OR Apache-2.0) */')).toEqual([[1, '(MIT OR Apache-2.0)']]);
    expect(expressions('  "SPDX-License-Identifier: MIT",')).toEqual([[1, 'MIT']]);
    expect(expressions('(* SPDX-License-Identifier: MIT AND ISC *)')).toEqual([[1, 'MIT AND ISC']]);
  });

  it('skips REUSE-IgnoreStart/End regions, an unterminated one up to the end', () => {
    const text = [
      '# SPDX-License-Identifier: GPL-3.0-or-later',
      '# REUSE-IgnoreStart',
      'echo "SPDX-FileCopyrightText: $(date) John Doe" > file.txt',
      '# SPDX-License-Identifier: MIT',
      '# REUSE-IgnoreEnd',
      '# SPDX-FileCopyrightText: 2021 Jane Doe',
      '# REUSE-IgnoreStart',
      '# SPDX-License-Identifier: ISC',
    ].join('\n');
    expect(expressions(text)).toEqual([[1, 'GPL-3.0-or-later']]);
    expect(notices(text)).toEqual([[6, '2021 Jane Doe']]);
  });

  it('marks tags inside snippets', () => {
    const text = '# SPDX-License-Identifier: MIT\n# SPDX-SnippetBegin\n# SPDX-License-Identifier: ISC\n# SPDX-SnippetEnd\n';
    expect(readSpdxTags(text).licenses.map((tag) => [tag.expression, tag.snippet])).toEqual([
      ['MIT', false],
      ['ISC', true],
    ]);
  });

  it('stays bounded on hostile input', () => {
    const many = '# SPDX-License-Identifier: MIT\n'.repeat(10_000);
    expect(readSpdxTags(many).licenses).toHaveLength(200);
    const long = `// SPDX-License-Identifier: ${'MIT OR '.repeat(2000)}MIT`;
    expect(readSpdxTags(long).licenses).toEqual([]);
    expect(readSpdxTags(`${'@c '.repeat(1000)}x\n${'(('.repeat(1900)}`)).toEqual({ licenses: [], copyrights: [] });
    expect(readSpdxTags(undefined as unknown as string)).toEqual({ licenses: [], copyrights: [] });
  });

  // Up to 4,000 characters: longer lines are passed over unread.
  it.each([
    ['comment words that stop short of a tag', (size: number) => `${'@c '.repeat((size - 1) / 3)}x`],
    ['opening parentheses', (size: number) => '(('.repeat(size / 2)],
  ])('stays linear in the length of a line of %s', (_case, line) => {
    expect(expectLinearGrowth(line, readSpdxTags, { small: 500, large: 4000 })).toEqual({ licenses: [], copyrights: [] });
  });
});
