// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Negative tests: each tests/negative/**/*.ts must be rejected with the
// diagnostic codes written on its first line.

import path from 'node:path';
import assert from 'node:assert/strict';
import { check } from '../../dist/compiler/driver.js';
import { CompileError } from '../../dist/compiler/diagnostics.js';
import { expectedCodes, findTs, repoRoot } from '../harness/files.mjs';

describe('negative tests (rejected programs)', function () {
  this.timeout(30000);
  for (const file of findTs(path.join(repoRoot, 'tests', 'negative'))) {
    it(path.relative(path.join(repoRoot, 'tests', 'negative'), file), () => {
      const want = expectedCodes(file);
      assert.ok(want.length > 0, 'the first line must say: // expect-error: CODE');
      let got;
      try {
        check(file);
        assert.fail('the program was accepted');
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        got = e.diagnostics.map((d) => d.code);
      }
      for (const code of want) assert.ok(got.includes(code), `expected ${code}, got ${got.join(', ')}`);
    });
  }
});
