// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Programs of several files: what the compiler sees of them (evaluation
// order, one view of all statements) and the target rule of tsxen:xen.

import path from 'node:path';
import assert from 'node:assert/strict';
import { check, compile } from '../../dist/compiler/driver.js';
import { CompileError } from '../../dist/compiler/diagnostics.js';
import { repoRoot } from '../harness/files.mjs';

const modules = path.join(repoRoot, 'tests', 'conformance', 'lang', 'modules');

describe('modules', () => {
  it('orders the files dependencies first, each once, the entry last', () => {
    const loaded = check(path.join(modules, 'evaluation_order', 'main.ts'));
    assert.deepEqual(loaded.sources.map((f) => path.basename(f.fileName)), ['log.ts', 'c.ts', 'a.ts', 'b.ts', 'effect.ts', 'main.ts']);
  });

  it('walks every module\'s statements as one program, without import/export declarations', () => {
    const loaded = check(path.join(modules, 'reexports', 'main.ts'));
    const files = new Set(loaded.entry.statements.map((s) => path.basename(s.getSourceFile().fileName)));
    assert.deepEqual([...files], ['math.ts', 'vec.ts', 'clamp.ts', 'main.ts']);
    assert.ok(loaded.entry.statements.every((s) => !s.getText().startsWith('import ') && !s.getText().startsWith('export {')));
  });

  it('rejects tsxen:xen for the linux target (TSX1108) and accepts it for xen', () => {
    const whoami = path.join(repoRoot, 'tests', 'xen', 'whoami.ts');
    assert.ok(check(whoami).usesXen);
    assert.throws(() => compile({ entry: whoami, output: '/nonexistent/x', target: 'linux', opt: 0 }), (e) => {
      assert.ok(e instanceof CompileError);
      assert.deepEqual(e.diagnostics.map((d) => d.code), ['TSX1108']);
      assert.match(e.diagnostics[0].message, /needs --target xen/);
      return true;
    });
  });
});
