// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The program's functions carry rt's target CPU at -O3 (compiler/src/toolchain/
// targetcpu.ts), so that link-time optimisation can inline rt's fast paths.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { markTargetCpu } from '../../dist/compiler/toolchain/targetcpu.js';
import { compile } from '../../dist/compiler/driver.js';

describe('target CPU of the program\'s functions', function () {
  this.timeout(180000);

  it('adds the attribute group to definitions only, after any group they have', () => {
    const ir = [
      'declare double @tsx_str_char_code_at(i8*, double)',
      'define internal double @f(i8* %0) {',
      'define void @tsx_main() #0 {',
      '  ret void',
      '}',
    ].join('\n');
    assert.equal(markTargetCpu(ir), [
      'declare double @tsx_str_char_code_at(i8*, double)',
      'define internal double @f(i8* %0) #4243 {',
      'define void @tsx_main() #0 #4243 {',
      '  ret void',
      '}',
      'attributes #4243 = { "target-cpu"="x86-64" }',
      '',
    ].join('\n'));
  });

  it('lets -O3 inline rt\'s charCodeAt into the program', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-targetcpu-'));
    try {
      const src = path.join(work, 'scan.ts');
      fs.writeFileSync(src, [
        'function count(s: string, c: number): number {',
        '  let n = 0;',
        '  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;',
        '  return n;',
        '}',
        "console.log(count('a,b,,c'.repeat(3), 44));",
      ].join('\n'));
      const exe = path.join(work, 'scan');
      compile({ entry: src, output: exe, target: 'linux', opt: 3 });
      assert.equal(spawnSync(exe).stdout.toString(), '9\n');
      const code = spawnSync('objdump', ['-d', '--no-show-raw-insn', exe]).stdout.toString();
      assert.ok(!/call.*<tsx_str_char_code_at>/.test(code), 'some function still calls tsx_str_char_code_at');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
