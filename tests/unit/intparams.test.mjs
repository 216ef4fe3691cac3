// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The integer analysis across direct calls (compiler/src/lower/intvars.ts,
// intguards.ts): which parameters and results are proven integers, and in
// what range. Expectations written by hand.

import assert from 'node:assert/strict';
import ts from 'typescript';
import { analyseIntegers } from '../../dist/compiler/lower/intvars.js';

function analyse(source) {
  const host = ts.createCompilerHost({ strict: true, noLib: true });
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, v) => (name === 'x.ts' ? ts.createSourceFile(name, source, v, true) : getSourceFile(name, v));
  const program = ts.createProgram(['x.ts'], { strict: true, noLib: true }, host);
  const { variables, results } = analyseIntegers(program.getTypeChecker(), program.getSourceFile('x.ts'));
  const named = (m) => Object.fromEntries([...m].map(([s, r]) => [s.name, r]));
  return { vars: named(variables), results: named(results) };
}

describe('integer parameters and results', () => {
  it('bounds a guarded recursion (fib) by its guard', () => {
    const { vars } = analyse(`
      function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
      fib(40);
    `);
    assert.deepEqual(vars.n, [0, 40]);
  });

  it('uses an early return as a guard, and widens past 30 rounds before narrowing back', () => {
    const { vars } = analyse(`
      function f(k: number): number { if (k <= 1) return k; return f(k - 1) + f(k - 2); }
      f(100);
    `);
    assert.deepEqual(vars.k, [0, 100]);
  });

  it('gives up on a recursion whose argument grows', () => {
    const { vars } = analyse(`
      function g(n: number, s: number): number { return s === 0 ? n : g(n * 3 + 1, s - 1); }
      g(1, 10);
    `);
    assert.equal(vars.n, undefined);
    assert.deepEqual(vars.s, [0, 10]);
  });

  it('does not narrow a parameter that is assigned', () => {
    const { vars } = analyse(`
      function h(n: number): number { if (n < 2) return n; n = n + 0; return h(n - 1); }
      h(10);
    `);
    assert.equal(vars.n, undefined);
  });

  it('leaves a parameter alone when one call passes -0, 0.5, NaN or 2^53 + 2', () => {
    for (const bad of ['-0', '0.5', 'NaN', '2 ** 53 + 2', '9007199254740994']) {
      const { vars } = analyse(`function p(x: number): number { return x + 1; } p(1); p(2); p(${bad});`);
      assert.equal(vars.x, undefined, bad);
    }
    assert.deepEqual(analyse(`function p(x: number): number { return x + 1; } p(1); p(2147483648);`).vars.x, [1, 2 ** 31]);
  });

  it('leaves functions used as values, defaulted and optional parameters alone', () => {
    const { vars } = analyse(`
      function v(a: number): number { return a; }
      function d(b: number, c: number = 1): number { return b + c; }
      function o(e: number, g?: number): number { return e + (g ?? 0); }
      v(1); const f = v; d(1, 2); o(3, 2);
    `);
    assert.equal(vars.a, undefined);
    assert.deepEqual(vars.b, [1, 1]);
    assert.equal(vars.c, undefined);
    assert.deepEqual(vars.e, [3, 3]);
    assert.equal(vars.g, undefined);
  });

  it('proves results whose every return is an integer in range', () => {
    const { results } = analyse(`
      function sq(x: number): number { return x * x; }
      function inc(x: number): number { return x + 1; }
      function frac(x: number): number { return x / 2; }
      function rec(n: number): number { return n < 1 ? 0 : rec(n - 1) + 1; }
      sq(46341); sq(3); inc(2147483648); frac(4); rec(5);
    `);
    assert.deepEqual(results.sq, [9, 46341 * 46341]);
    assert.deepEqual(results.inc, [2 ** 31 + 1, 2 ** 31 + 1]);
    assert.equal(results.frac, undefined);
    assert.equal(results.rec, undefined);
  });
});

describe('bounded self-recursion (no stack check)', () => {
  it('takes a self-recursion stepping a proven parameter down within 64 values', async () => {
    const { boundedSelfRecursion } = await import('../../dist/compiler/lower/boundedrecursion.js');
    const source = `
      function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
      function deep(n: number): number { return n <= 0 ? 0 : 1 + deep(n - 1); }
      function up(n: number): number { return n >= 40 ? n : up(n + 1); }
      function assigns(n: number): number { if (n < 2) return n; n = n - 0; return assigns(n - 1); }
      function ping(n: number): number { return n < 1 ? 0 : pong(n - 1); }
      function pong(n: number): number { return n < 1 ? 0 : ping(n - 1); }
      function asValue(n: number): number { return n < 1 ? 0 : asValue(n - 1); }
      function other(n: number, k: number): number { return n < 1 ? k : other(n - 1, k + 1); }
      fib(40); deep(100000); up(0); assigns(10); ping(10); asValue(3); const f = asValue; other(30, 0);
    `;
    const host = ts.createCompilerHost({ strict: true, noLib: true });
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (name, v) => (name === 'x.ts' ? ts.createSourceFile(name, source, v, true) : getSourceFile(name, v));
    const program = ts.createProgram(['x.ts'], { strict: true, noLib: true }, host);
    const checker = program.getTypeChecker();
    const file = program.getSourceFile('x.ts');
    const { variables } = analyseIntegers(checker, file);
    const functions = file.statements.filter(ts.isFunctionDeclaration);
    const { callGraph } = await import('../../dist/compiler/lower/callgraph.js');
    const bounded = boundedSelfRecursion(checker, file, functions, callGraph(checker, functions), (s) => variables.get(s));
    assert.deepEqual([...bounded].map((f) => f.name.text), ['fib', 'other']);
  });
});
