// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The collector under churn, on both targets: each tests/gc/churn_*.ts and
// cyclic.ts program allocates at least 100 times its heap limit (it prints a
// lower bound of its allocation as `bytes>=N`, counted from its own loops)
// and must run to completion inside `--heap=2M` with Node's output; oom.ts
// keeps everything alive and must stop with rt's out-of-memory panic.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { compile } from '../../dist/compiler/driver.js';
import { findTs, repoRoot } from '../harness/files.mjs';
import { runProcess, runUnderNode } from '../harness/node-oracle.mjs';

const HEAP_LIMIT = 2 * 1024 * 1024;
const HEAP_ARG = '--heap=2M';
const bootQemu = path.join(repoRoot, 'scripts', 'boot-qemu');
const gcDir = path.join(repoRoot, 'tests', 'gc');
const churn = findTs(gcDir).filter((f) => path.basename(f) !== 'oom.ts');

/** The `gc: ...` line that --gc-stats prints at exit (stderr on linux, the console on xen). */
function gcStats(text) {
  const m = /gc: (\d+) collections, .* peak heap (\d+) bytes, limit (\d+) bytes/.exec(text);
  assert.ok(m, `no --gc-stats line in:\n${text.slice(-500)}`);
  return { collections: Number(m[1]), peak: Number(m[2]), limit: Number(m[3]) };
}

function checkChurn(stdout, statsText, expected) {
  const programOut = stdout.split('\n').filter((l) => !l.startsWith('gc: ')).join('\n');
  assert.equal(programOut, expected.stdout, 'stdout differs from Node');
  const bound = Number(/bytes>=(\d+)/.exec(expected.stdout)[1]);
  assert.ok(bound >= 100 * HEAP_LIMIT, `allocates only ${bound} bytes, less than 100x the limit`);
  const s = gcStats(statsText);
  assert.equal(s.limit, HEAP_LIMIT);
  assert.ok(s.peak <= HEAP_LIMIT, `peak heap ${s.peak} exceeds the limit`);
  assert.ok(s.collections >= 50, `only ${s.collections} collections`);
}

describe('garbage collection under churn (linux and xen targets)', function () {
  this.timeout(120000);
  let work;
  before(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-gc-')); });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  for (const file of churn) {
    const name = path.basename(file, '.ts');
    it(`${name} runs in ${HEAP_ARG} on linux`, async () => {
      const exe = path.join(work, name);
      compile({ entry: file, output: exe, target: 'linux', opt: 2 });
      const expected = await runUnderNode(file, work);
      const r = await runProcess(exe, [HEAP_ARG, '--gc-stats']);
      assert.equal(r.status, 0, r.stderr);
      checkChurn(r.stdout, r.stderr, expected);
    });

    it(`${name} runs in ${HEAP_ARG} on xen (QEMU)`, async () => {
      const elf = path.join(work, `${name}.elf`);
      compile({ entry: file, output: elf, target: 'xen', opt: 2 });
      const expected = await runUnderNode(file, work);
      const r = await runProcess(bootQemu, [elf, HEAP_ARG, '--gc-stats'], { timeoutMs: 110000 });
      assert.equal(r.status, 0, r.stderr);
      checkChurn(r.stdout, r.stdout, expected);
    });
  }

  const oom = path.join(gcDir, 'oom.ts');
  const oomMessage = /panic: out of memory \(heap 2097152 bytes, live \d+ bytes\)/;

  it('running out of memory is a clean panic on linux', async () => {
    const exe = path.join(work, 'oom');
    compile({ entry: oom, output: exe, target: 'linux', opt: 2 });
    const r = await runProcess(exe, [HEAP_ARG]);
    assert.match(r.stderr, oomMessage);
    assert.equal(r.status, 134);
    assert.doesNotMatch(r.stdout, /unreachable/);
  });

  it('running out of memory is a clean panic on xen (QEMU)', async () => {
    const elf = path.join(work, 'oom.elf');
    compile({ entry: oom, output: elf, target: 'xen', opt: 2 });
    const r = await runProcess(bootQemu, [elf, HEAP_ARG], { timeoutMs: 110000 });
    assert.match(r.stdout, oomMessage);
    assert.notEqual(r.status, 0);
    assert.doesNotMatch(r.stdout, /unreachable/);
  });
});
