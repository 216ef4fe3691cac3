// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which loops the speculative integer loops (compiler/src/lower/specloops.ts)
// may version: compiler/src/lower/specloopeligibility.ts on small programs,
// with a predicate that accepts every `number` variable (the lowering adds
// storage checks: captured, global with a TDZ flag, ...).

import assert from 'node:assert/strict';
import ts from '../../dist/compiler/typescript.js';
import { fractionalDefinition, loopEligibility } from '../../dist/compiler/lower/specloopeligibility.js';

/** The eligibility of each loop of `source` (a function body), outermost first. */
function loopsOf(source, accept = () => true, withFile = false) {
  const fileName = '/spec/input.ts';
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const host = ts.createCompilerHost({ strict: true, noLib: true });
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, ...rest) => (name === fileName ? file : getSourceFile.call(host, name, ...rest));
  const program = ts.createProgram([fileName], { strict: true, noLib: true }, host);
  const checker = program.getTypeChecker();
  const loops = [];
  const visit = (node) => {
    if (ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node)) loops.push(node);
    ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(fileName));
  const isNumber = (sym, id) => accept(sym.name) && !!(checker.getTypeAtLocation(id).flags & ts.TypeFlags.NumberLike);
  const results = loops.map((loop) => loopEligibility(checker, loop, isNumber));
  return withFile ? { results, checker, file: program.getSourceFile(fileName) } : results;
}

function names(symbols) {
  return [...symbols].map((s) => s.name).sort();
}

describe('speculative integer loop eligibility', () => {
  it('collatz: an if/else of pure assignments and a counter qualifies, touching n and len', () => {
    const [loop] = loopsOf(`
      declare const start: number;
      let n: number = start;
      let len: number = 1;
      while (n !== 1) {
        if (n % 2 === 0) n = n / 2;
        else n = 3 * n + 1;
        len++;
      }`);
    assert.equal(loop.ok, true);
    assert.deepEqual(loop.touched.map((s) => s.name), ['n', 'len']);
    assert.deepEqual(names(loop.written), ['len', 'n']);
    assert.deepEqual(names(loop.declared), []);
  });

  it('for and do loops with let/const in the body, compound and bitwise operators, break and continue qualify', () => {
    const loops = loopsOf(`
      let h: number = 0;
      let m: number = 7;
      for (let i = 0; i < 10; i += 2) {
        const k = (i * 31) ^ (h >>> 3);
        let t = -k % 5;
        if (t < 0 && !(k & 1) || t === 3) continue;
        h |= t << 2;
        if (h > 1000) break;
      }
      do { m /= 2; --m; } while (m);
      while (true) { m++; if (m >= 9) break; }
      for (;;) { break; }`);
    assert.deepEqual(loops.map((l) => l.ok), [true, true, true, true]);
    assert.deepEqual(names(loops[0].declared), ['k', 't']);
    assert.deepEqual(names(loops[0].written), ['h', 'i', 'k', 't']);
    assert.deepEqual(names(loops[1].written), ['m']);
  });

  it('rejects calls, property access, strings and assignments inside expressions, saying why (nested loops qualify)', () => {
    const reasons = loopsOf(`
      declare function f(x: number): number;
      let a: number = 1;
      let b: number = 2;
      const xs: number[] = [1];
      let s: string = '';
      while (a < 10) a = f(a);
      while (a < 10) a = xs[0] + a;
      while (a < 10) a = xs.length;
      while (a < 10) s = s + 'x';
      while (a < 10) { while (b < 3) b++; a++; }
      while (a < 10) a = (b = 3) + 1;
      while (a < 10) a++, b++;
      while (a < 10) a = a ** 2;
      while (a < 10) a = a > 3 ? 1 : 2;
      while (a < 10) a = 0.5;
      while (a < 10) a = 9007199254740994;
      while (f(a)) a++;
      while (a < 10) { switch (a) { case 1: a++; } }
      while (a < 10) { if (a) return; a++; }
      while (a < 10) { for (let i = 0; i < f(a); i++) a++; }`).map((l) => (l.ok ? 'ok' : l.reason));
    assert.deepEqual(reasons, [
      'CallExpression is not a pure integer expression',
      'ElementAccessExpression is not a pure integer expression',
      'PropertyAccessExpression is not a pure integer expression',
      "'s' is not a number local",
      'ok', // a nested loop is part of the outer loop's fast copy
      'ok', // the inner `while (b < 3) b++` on its own
      'BinaryExpression is not a pure integer expression',
      'BinaryExpression is not a single assignment',
      'BinaryExpression is not a pure integer expression',
      'ConditionalExpression is not a pure integer expression',
      '0.5 is not an integer within 2^53',
      '9007199254740994 is not an integer within 2^53',
      'CallExpression is not a pure integer expression',
      'SwitchStatement statement',
      'ReturnStatement statement',
      'CallExpression is not a pure integer expression', // in the nested loop's test
      'CallExpression is not a pure integer expression',
    ]);
  });

  it('rejects var, const targets, labelled jumps, uninitialised declarations and variables the lowering refuses', () => {
    const reasons = loopsOf(`
      var v: number = 0;
      let a: number = 0;
      const c: number = 3;
      let captured: number = 0;
      while (v < 3) v++;
      while (a < 3) c = a;
      outer: while (a < 3) { a++; continue outer; }
      while (a < 3) { let t: number; a++; }
      while (a < 3) { var w = a; a++; }
      while (a < 3) a += captured;
      while (a < c) a = a + c;`, (name) => name !== 'captured').map((l) => (l.ok ? 'ok' : l.reason));
    assert.deepEqual(reasons, [
      "'v' is a var",
      "'c' is a const",
      'labelled jump',
      'declaration is not `let x = e` of a number',
      'not a let/const declaration',
      "'captured' is not a number local",
      'ok',
    ]);
  });

  it('profitability: a variable some definition gives a fractional literal or Math.sqrt is reported, integer Math is not', () => {
    const { results, checker, file } = loopsOf(`
      declare const x: number;
      let cr: number = (2 * x) / 8 - 1.5;
      let a: number = 0;
      let r: number = Math.floor(x / 2) + Math.imul(3, 5);
      let q: number = 4;
      q = Math.sqrt(q);
      while (a < 9) a = a * 2 + cr;
      while (a < 9) a = a * 2 + r;
      while (a < 9) { a = a * 2; q = q + 1; }`, () => true, true);
    const found = results.map((l) => fractionalDefinition(checker, file, l.touched)?.getText());
    assert.deepEqual(found, ['1.5', undefined, 'Math.sqrt']);
  });
});
