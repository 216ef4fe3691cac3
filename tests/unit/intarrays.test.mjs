// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which proven-integer arrays keep integer elements: every use of the name
// must be one compiler/src/lower/intarrays.ts lowers itself.

import assert from 'node:assert/strict';
import ts from 'typescript';
import { integerArraysAmong } from '../../dist/compiler/lower/intarrays.js';

/** The names integerArraysAmong keeps, given every top-level const as a candidate. */
function kept(source) {
  const opts = { strict: true, noLib: true };
  const host = ts.createCompilerHost(opts);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, v) => (name === 'x.ts' ? ts.createSourceFile(name, source, v, true) : getSourceFile(name, v));
  const program = ts.createProgram(['x.ts'], opts, host);
  const file = program.getSourceFile('x.ts');
  const checker = program.getTypeChecker();
  const candidates = new Set();
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) if (d.name.text.startsWith('a')) candidates.add(checker.getSymbolAtLocation(d.name));
  }
  return [...integerArraysAmong(checker, file, candidates)].map((s) => s.name).sort();
}

const prelude = 'interface Array<T> { length: number; push(...xs: T[]): number; pop(): T | undefined; [n: number]: T }\n';

describe('integer array uses', () => {
  it('keeps element reads, writes, compound updates, push and length', () => {
    const src = prelude + `
      const aRead: number[] = [1, 2]; let x = aRead[0] + aRead[1] * 2;
      const aWrite: number[] = [1]; aWrite[0] = 3; aWrite[1] = aWrite[0];
      const aCompound: number[] = [1]; aCompound[0] += 2; aCompound[0] ^= 1; aCompound[0]++; --aCompound[0];
      const aPush: number[] = []; const n = aPush.push(1, 2);
      const aLength: number[] = [1, 2]; aLength.length = aLength.length - 1;
      const aInClosure: number[] = []; const f = () => aInClosure.push(aInClosure[0]);
      const aInLiteral: number[] = [5]; const pair = [aInLiteral[0], 1];
    `;
    assert.deepEqual(kept(src), ['aCompound', 'aInClosure', 'aInLiteral', 'aLength', 'aPush', 'aRead', 'aWrite']);
  });

  it('drops arrays whose name escapes or is reached another way', () => {
    const src = prelude + `
      declare function use(xs: number[]): void;
      const aPassed: number[] = [1]; use(aPassed);
      const aAlias: number[] = [1]; const other = aAlias;
      const aPop: number[] = [1]; aPop.pop();
      const aSpreadPush: number[] = [1]; aSpreadPush.push(...[2]);
      const aOptional: number[] = [1]; let y = aOptional?.[0];
      const aOptionalPush: number[] = [1]; aOptionalPush?.push(2);
      const aParens: number[] = [1]; let z = (aParens)[0];
      const aNonNull: number[] = [1]; let w = aNonNull![0];
      const aDivide: number[] = [4]; aDivide[0] /= 2;
      const aLogical: number[] = [4]; aLogical[0] ||= 2;
      const aDestructured: number[] = [1, 2]; [aDestructured[0], aDestructured[1]] = [3, 4];
      const aIterated: number[] = [1]; for (aIterated[0] of [2]) {}
      const aShorthand: number[] = [1]; const o = { aShorthand };
      const aStringKey: number[] = [1]; let s = aStringKey['length'];
      export const aExported: number[] = [1]; aExported[0] = 2;
      const aKept: number[] = [1]; aKept[0] = 2;
    `;
    assert.deepEqual(kept(src), ['aKept']);
  });
});
