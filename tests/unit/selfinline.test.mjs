// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which functions get a one-level unrolled copy (compiler/src/lower/selfinline.ts).

import assert from 'node:assert/strict';
import ts from 'typescript';
import { isSelfInlineCandidate } from '../../dist/compiler/lower/selfinline.js';

function candidates(source) {
  const host = ts.createCompilerHost({ strict: true, noLib: true });
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, v) => (name === 'x.ts' ? ts.createSourceFile(name, source, v, true) : getSourceFile(name, v));
  const program = ts.createProgram(['x.ts'], { strict: true, noLib: true }, host);
  const file = program.getSourceFile('x.ts');
  const checker = program.getTypeChecker();
  return file.statements.filter(ts.isFunctionDeclaration).filter((f) => isSelfInlineCandidate(checker, f)).map((f) => f.name.text);
}

describe('self-recursion unrolling candidates', () => {
  it('takes small directly recursive functions only', () => {
    const src = `
      function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
      function loop(n: number): number { return n; }
      function three(n: number): number { return n < 1 ? 0 : three(n - 1) + three(n - 2) + three(n - 3); }
      function asValue(n: number): number { const f = asValue; return n < 1 ? 0 : f(n - 1); }
      function withClosure(n: number): number { const g = (x: number) => x; return n < 1 ? 0 : withClosure(g(n) - 1); }
      function withTry(n: number): number { try { return n < 1 ? 0 : withTry(n - 1); } finally { } }
      async function later(n: number): Promise<number> { return n < 1 ? 0 : later(n - 1); }
      function generic<T>(n: number, t: T): number { return n < 1 ? 0 : generic(n - 1, t); }
      function isEven(n: number): boolean { return n === 0 ? true : isOdd(n - 1); }
      function isOdd(n: number): boolean { return n === 0 ? false : isEven(n - 1); }
    `;
    assert.deepEqual(candidates(src), ['fib']);
  });

  it('leaves large bodies alone', () => {
    const body = Array.from({ length: 30 }, (_, i) => `s += n * ${i};`).join(' ');
    assert.deepEqual(candidates(`function big(n: number): number { let s = 0; ${body} return n < 1 ? s : big(n - 1); }`), []);
  });
});
