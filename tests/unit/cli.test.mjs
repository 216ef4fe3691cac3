// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The command line: diagnostics as tsc prints them, exit statuses, options.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { runProcess } from '../harness/node-oracle.mjs';
import { repoRoot } from '../harness/files.mjs';

const tsxen = path.join(repoRoot, 'bin', 'tsxen');

describe('tsxen command line', function () {
  this.timeout(60000);
  let dir;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-cli-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name, text) {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  }

  it('prints a subset diagnostic with file:line:col, a code frame and the code, exit 1', async () => {
    const file = write('bad.ts', 'let ok = 1;\nvar x = 2;\nconsole.log(ok, x);\n');
    const r = await runProcess(tsxen, ['compile', file, '-o', path.join(dir, 'k.elf')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.ts:2:1 - error TSX1003: 'var' is not supported/);
    assert.match(r.stderr, /^2 var x = 2;$/m, 'code frame line');
    assert.match(r.stderr, /^\s+~+$/m, 'underline');
    assert.doesNotMatch(r.stderr, /\x1b\[/, 'no colour when stderr is not a TTY');
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no compiler stack trace');
  });

  it("reports TypeScript's own errors with their TS codes", async () => {
    const file = write('typeerr.ts', 'let n: number = "x";\n');
    const r = await runProcess(tsxen, ['compile', file]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /typeerr\.ts:1:5 - error TS2322:/);
  });

  it('reports a missing input file without a stack trace', async () => {
    const r = await runProcess(tsxen, ['compile', path.join(dir, 'nope.ts')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Cannot find entry file/);
  });

  it('rejects bad usage with status 2', async () => {
    for (const args of [[], ['frobnicate'], ['compile'], ['compile', 'a.ts', '--target', 'wasm'], ['compile', 'a.ts', '-O9']]) {
      const r = await runProcess(tsxen, args);
      assert.equal(r.status, 2, `tsxen ${args.join(' ')}`);
      assert.match(r.stderr, /Usage:/);
    }
  });

  it('--emit-llvm writes the module next to the output; the linux target runs', async () => {
    const file = write('ok.ts', 'console.log("hi", 1 + 1);\n');
    const out = path.join(dir, 'ok');
    const r = await runProcess(tsxen, ['compile', file, '--target', 'linux', '-o', out, '--emit-llvm']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(fs.readFileSync(`${out}.ll`, 'utf8'), /define void @tsx_main\(\)/);
    const run = await runProcess(out, []);
    assert.equal(run.stdout, 'hi 2\n');
  });

  it('tsxen run --target linux passes the exit status through', async () => {
    const file = write('rec.ts', 'function f(n: number): number { return f(n + 1) + 1; }\nconsole.log("x");\nf(0);\n');
    const r = await runProcess(tsxen, ['run', file, '--target', 'linux']);
    assert.equal(r.stdout, 'x\n');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /RangeError: Maximum call stack size exceeded/);
  });

  describe('--heap compiles in a heap limit that the boot command line overrides', () => {
    const oom = path.join(repoRoot, 'tests', 'gc', 'oom.ts');
    const oomAt = (bytes) => new RegExp(`panic: out of memory \\(heap ${bytes} bytes, live \\d+ bytes\\)`);

    it('on the linux target', async () => {
      const exe = path.join(dir, 'oom-3m');
      const c = await runProcess(tsxen, ['compile', oom, '--target', 'linux', '--heap', '3M', '-o', exe]);
      assert.equal(c.status, 0, c.stderr);
      const compiledIn = await runProcess(exe, []);
      assert.notEqual(compiledIn.status, 0);
      assert.match(compiledIn.stderr, oomAt(3 * 1024 * 1024));
      const overridden = await runProcess(exe, ['--heap=2M']);
      assert.match(overridden.stderr, oomAt(2 * 1024 * 1024));
    });

    it('on the xen target, booted under QEMU', async () => {
      const elf = path.join(dir, 'oom-3m.elf');
      const c = await runProcess(tsxen, ['compile', oom, '--heap', '3072K', '-o', elf]);
      assert.equal(c.status, 0, c.stderr);
      const r = await runProcess(path.join(repoRoot, 'scripts', 'boot-qemu'), [elf], { timeoutMs: 55000 });
      assert.notEqual(r.status, 0);
      assert.match(r.stdout, oomAt(3 * 1024 * 1024));
    });

    it('rejects a size that is not one', async () => {
      const r = await runProcess(tsxen, ['compile', oom, '--heap', '12X']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /invalid heap size '12X'/);
    });
  });
});
