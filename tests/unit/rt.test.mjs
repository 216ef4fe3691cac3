// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The runtime's own Zig tests (`test` blocks beside the code in rt/, rooted at
// rt/all_tests.zig): allocator, collector, Map, strings, number formatting,
// console and inspection against Node-generated data, on the fake platform.

import path from 'node:path';
import assert from 'node:assert/strict';
import { runProcess } from '../harness/node-oracle.mjs';
import { repoRoot } from '../harness/files.mjs';

const zig = path.join(repoRoot, 'tools', 'zig', 'ziglang', 'zig');

describe('runtime unit tests (zig test rt/all_tests.zig)', function () {
  this.timeout(300000);
  it('pass', async () => {
    const r = await runProcess(zig, [
      'test', path.join(repoRoot, 'rt', 'all_tests.zig'),
      '--cache-dir', path.join(repoRoot, 'build', 'zig-cache'),
      '--global-cache-dir', path.join(repoRoot, 'build', 'zig-global-cache'),
    ], { timeoutMs: 290000 });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`.slice(-3000));
    assert.match(r.stderr + r.stdout, /All \d+ tests passed/);
  });
});
