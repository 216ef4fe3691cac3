// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The differential conformance suite: every tests/conformance/**/*.ts runs
// under Node and as a tsxen `--target linux` executable; stdout and exit
// status must be equal byte for byte, in a normal run and under the two GC
// stress modes (RUN_MODES). Programs compile in this
// process (one TypeScript host, shared library parse) and run as child
// processes.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { compile } from '../../dist/compiler/driver.js';
import { CompileError, formatDiagnostics } from '../../dist/compiler/diagnostics.js';
import { findTs, repoRoot, shard } from './files.mjs';
import { runProcess, runUnderNode } from './node-oracle.mjs';

/**
 * Each program runs normally, then with a collection at every allocation (a
 * missing root or a wrong pointer map shows up as a different output or a
 * crash), then with incremental marking always in progress (a missing write
 * barrier loses objects), then with a minor collection at every allocation (a
 * store the barrier does not remember loses a new object).
 */
const RUN_MODES = ['', '--gc-stress', '--gc-stress=incremental', '--gc-stress=minor'];

/**
 * Shard `index` of `count` of the suite. `opt: 3` compiles with link-time
 * optimisation against the runtime's bitcode (toolchain/link.ts), a slower
 * compile: `every: n` then takes every n-th program only.
 */
export function conformanceSuite(index, count, { opt = 2, every = 1 } = {}) {
  const programs = findTs(path.join(repoRoot, 'tests', 'conformance')).filter((_, i) => i % every === 0);
  const files = shard(programs, index, count);
  const what = opt === 3 ? `-O3 with LTO, every ${every}th program` : 'linux target';
  describe(`conformance (${what}, shard ${index + 1}/${count})`, function () {
    this.timeout(opt === 3 ? 180000 : 60000); // the first LTO compile builds rt's bitcode
    let work;
    before(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-conf-')); });
    after(() => fs.rmSync(work, { recursive: true, force: true }));
    for (const file of files) {
      const name = path.relative(path.join(repoRoot, 'tests', 'conformance'), file);
      it(name, async () => {
        const exe = path.join(work, name.replace(/[\/.]/g, '_'));
        const expected = await runUnderNode(file, work);
        try {
          compile({ entry: file, output: exe, target: 'linux', opt });
        } catch (e) {
          if (e instanceof CompileError) assert.fail(formatDiagnostics(e.diagnostics, false));
          throw e;
        }
        for (const mode of RUN_MODES) {
          const actual = await runProcess(exe, mode ? [mode] : []);
          const how = mode ? ` under ${mode}` : '';
          assert.equal(actual.stdout, expected.stdout, `stdout${how} differs from Node`);
          assert.equal(actual.status, expected.status, `exit status${how} differs from Node (stderr: ${actual.stderr.slice(0, 500)})`);
        }
      });
    }
  });
}
