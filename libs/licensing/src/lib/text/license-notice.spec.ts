import { expectLinearGrowth } from '@allmende/testing';
import { identifyLicenseNotice, NOTICE_SCAN_CHARS } from './license-notice';

const APACHE_HEADER = `/*
 * Copyright 2024 Stadt Musterstadt
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 */
package de.musterstadt.portal;`;

const GPL3_HEADER = `#!/usr/bin/env python3
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.
import sys`;

describe('identifyLicenseNotice', () => {
  it('names the Apache-2.0 header and the line it starts on', () => {
    expect(identifyLicenseNotice(APACHE_HEADER)).toEqual({ expression: 'Apache-2.0', line: 4 });
  });

  it('reads "either version 3 ... or any later version" as or-later', () => {
    expect(identifyLicenseNotice(GPL3_HEADER)).toEqual({ expression: 'GPL-3.0-or-later', line: 3 });
  });

  it.each([
    ['the ASF header', 'Licensed to the Apache Software Foundation (ASF) under one\nor more contributor license agreements.  The ASF licenses this file\nto you under the Apache License, Version 2.0 (the\n"License"); you may not use this file except in compliance', 'Apache-2.0'],
    ['GPL version 2 only', '// This program is free software; you can redistribute it and/or modify it\n// under the terms of the GNU General Public License version 2 as published by\n// the Free Software Foundation.', 'GPL-2.0-only'],
    ['LGPL 2.1 or later', ' * This library is free software; you can redistribute it and/or\n * modify it under the terms of the GNU Lesser General Public\n * License as published by the Free Software Foundation; either\n * version 2.1 of the License, or (at your option) any later version.', 'LGPL-2.1-or-later'],
    ['AGPL 3 or later', '-- it under the terms of the GNU Affero General Public License as published\n-- by the Free Software Foundation, either version 3 of the License, or\n-- (at your option) any later version.', 'AGPL-3.0-or-later'],
    ['MPL 2.0 ("v. 2.0" does not end the sentence)', '/* This Source Code Form is subject to the terms of the Mozilla Public\n * License, v. 2.0. If a copy of the MPL was not distributed with this\n * file, You can obtain one at http://mozilla.org/MPL/2.0/. */', 'MPL-2.0'],
    ['EUPL 1.2 in British spelling', '# Licensed under the EUPL, Version 1.2 or – as soon they will be approved by\n# the European Commission - subsequent versions of the EUPL (the "Licence");\n# You may not use this work except in compliance with the Licence.', 'EUPL-1.2'],
    ['EPL 2.0', '<!-- This program and the accompanying materials are made available under the\n     terms of the Eclipse Public License 2.0 which is available at\n     http://www.eclipse.org/legal/epl-2.0 -->', 'EPL-2.0'],
    ['a Creative Commons license by its long name', 'This work is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.', 'CC-BY-NC-SA-4.0'],
    ['a Creative Commons license by its short name', '% Licensed under CC BY-ND 4.0', 'CC-BY-ND-4.0'],
    ['the MIT license by name', '// Released under the MIT license.', 'MIT'],
    ['an SPDX id where the name would stand', '# Licensed under Apache-2.0; see LICENSE.', 'Apache-2.0'],
    ['a deprecated SPDX id, replaced by its successor', '// Distributed under GPL-2.0+.', 'GPL-2.0-or-later'],
    ['the Rust dual licence: a choice', '// Licensed under the Apache License, Version 2.0 <LICENSE-APACHE or\n// http://www.apache.org/licenses/LICENSE-2.0> or the MIT license\n// <LICENSE-MIT or http://opensource.org/licenses/MIT>, at your\n// option.', 'Apache-2.0 OR MIT'],
    ['two licenses that both apply', '# This file is distributed under the MIT license and under the terms of the Boost Software License.', 'MIT AND BSL-1.0'],
    ['BSD by its clause count', '// Use of this source code is licensed under the BSD 3-Clause License.', 'BSD-3-Clause'],
  ])('names %s', (_case, text, expression) => {
    expect(identifyLicenseNotice(text)?.expression).toBe(expression);
  });

  it.each([
    ['a mention of a license that applies nothing', '// Parses the Apache License, Version 2.0 header of a file.'],
    ['the GPL without a version', '# Licensed under the GPL.'],
    ['the pointer to the GPL at the end of its header only', '# See the GNU General Public License for more details.'],
    ['a BSD-style license, which could be any of several', '// Use of this source code is governed by a BSD-style license that can be\n// found in the LICENSE file.'],
    ['a word after "under" that is no license id', '// Runs under the worker process.'],
    ['code without a header', 'export const answer = 42;'],
    ['a notice beyond the header', `${'// filler\n'.repeat(600)}// Licensed under the MIT license.`],
  ])('names nothing for %s', (_case, text) => {
    expect(identifyLicenseNotice(text)).toBeNull();
  });

  describe("a README's License section", () => {
    it.each([
      ['a bare SPDX id', 'MIT', 'MIT'],
      ['an SPDX expression', 'EUPL-1.2 OR MIT', 'EUPL-1.2 OR MIT'],
      ['a link with the license name', '[The MIT License](http://example.invalid)', 'MIT'],
      ['a sentence', 'This project is licensed under the European Union Public Licence v. 1.2.', 'EUPL-1.2'],
    ])('names %s', (_case, text, expression) => {
      expect(identifyLicenseNotice(text, 'license-section')?.expression).toBe(expression);
    });

    it('names nothing for a pointer to the license file', () => {
      expect(identifyLicenseNotice('See the LICENSE file.', 'license-section')).toBeNull();
    });
  });

  it('stays linear on hostile input, up to the characters it reads', () => {
    const hostile = (size: number) => `${'under the '.repeat(size / 20)}${'gnu general public license '.repeat(size / 54)}`;
    expectLinearGrowth(hostile, identifyLicenseNotice, { small: NOTICE_SCAN_CHARS / 8, large: NOTICE_SCAN_CHARS });
  });
});
