// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Kernels booted for real: samples/hello and a panicking program directly
// under QEMU and as PVH dom0 on the Xen hypervisor, and a sample of the
// conformance programs compiled for the xen target and booted under QEMU,
// their console output compared with Node's stdout.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { compile } from '../../dist/compiler/driver.js';
import { findTs, repoRoot } from '../harness/files.mjs';
import { runProcess, runUnderNode } from '../harness/node-oracle.mjs';

const bootQemu = path.join(repoRoot, 'scripts', 'boot-qemu');
const bootXen = path.join(repoRoot, 'scripts', 'boot-xen');
const hello = path.join(repoRoot, 'samples', 'hello', 'main.ts');
const panicking = path.join(repoRoot, 'samples', 'hello', 'panic.ts');

/** Every fifth conformance program that writes nothing to stderr under Node. */
const SAMPLE_EVERY = 5;

describe('kernels booted under QEMU and Xen', function () {
  this.timeout(120000);
  let work;
  before(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-boot-')); });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  function kernel(file, name) {
    const out = path.join(work, `${name}.elf`);
    compile({ entry: file, output: out, target: 'xen', opt: 2 });
    return out;
  }

  for (const [tier, script] of [['QEMU', bootQemu], ['Xen (PVH dom0)', bootXen]]) {
    it(`hello prints what Node prints and exits 0 under ${tier}`, async () => {
      const expected = await runUnderNode(hello, work);
      const r = await runProcess(script, [kernel(hello, 'hello')], { timeoutMs: 110000 });
      assert.equal(r.stdout, expected.stdout);
      assert.equal(r.status, 0, r.stderr);
    });

    it(`a program that overflows its stack exits 1 with Node's error under ${tier}`, async () => {
      const r = await runProcess(script, [kernel(panicking, 'panic')], { timeoutMs: 110000 });
      assert.match(r.stdout, /^about to overflow the stack\n/);
      assert.match(r.stdout, /RangeError: Maximum call stack size exceeded/);
      assert.equal(r.status, 1, r.stderr);
    });
  }

  it('--boot-time makes the kernel print its entry-to-main time first, and nothing else changes', async () => {
    const expected = await runUnderNode(hello, work);
    const r = await runProcess(bootQemu, [kernel(hello, 'hello-boot-time'), '--boot-time'], { timeoutMs: 110000 });
    const [first, ...rest] = r.stdout.split('\n');
    const m = /^boot: entry to main (\d+) us \((\d+) TSC ticks\)$/.exec(first);
    assert.ok(m, `first line: ${first}`);
    assert.ok(Number(m[2]) > 0, 'the TSC advanced between entry and main');
    assert.equal(rest.join('\n'), expected.stdout);
    assert.equal(r.status, 0, r.stderr);
  });

  it('timers and await on the Xen platform clock fire in order and on time under QEMU', async () => {
    const program = path.join(repoRoot, 'tests', 'xen', 'timers_elapsed.ts');
    const expected = await runUnderNode(program, work);
    const r = await runProcess(bootQemu, [kernel(program, 'timers')], { timeoutMs: 110000 });
    assert.equal(r.stdout, expected.stdout);
    assert.doesNotMatch(r.stdout, /OUT OF RANGE/);
    assert.equal(r.status, 0, r.stderr);
  });

  it('the hello kernel is a small ELF64 with a PVH entry note', () => {
    const elf = fs.readFileSync(kernel(hello, 'hello-size'));
    assert.equal(elf.readUInt32BE(0), 0x7f454c46, 'ELF magic');
    assert.equal(elf[4], 2, 'ELF64');
    assert.ok(elf.includes(Buffer.from('Xen\0')), 'Xen note name');
    assert.ok(elf.length <= 64 * 1024, `image is ${elf.length} bytes (goal ≤ 64 KiB)`);
  });

  const programs = findTs(path.join(repoRoot, 'tests', 'conformance')).filter((_, i) => i % SAMPLE_EVERY === 0);
  for (const file of programs) {
    const name = path.relative(path.join(repoRoot, 'tests', 'conformance'), file);
    it(`conformance ${name} as a kernel under QEMU`, async function () {
      const expected = await runUnderNode(file, work);
      if (expected.stderr !== '') this.skip(); // the console mixes stdout and stderr
      const r = await runProcess(bootQemu, [kernel(file, name.replace(/[\/.]/g, '_'))], { timeoutMs: 110000 });
      assert.equal(r.stdout, expected.stdout);
      assert.equal(r.status, expected.status, r.stderr);
    });
  }
});
