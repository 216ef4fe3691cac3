// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which methods and closures run no user code and so skip the stack check
// (compiler/src/lower/leafcheck.ts). Expectations written by hand.

import assert from 'node:assert/strict';
import ts from 'typescript';
import { isLeafFunction } from '../../dist/compiler/lower/leafcheck.js';

function leaves(source) {
  const host = ts.createCompilerHost({ strict: true, noLib: true });
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, v) => (name === 'x.ts' ? ts.createSourceFile(name, source, v, true) : getSourceFile(name, v));
  const program = ts.createProgram(['x.ts'], { strict: true, noLib: true }, host);
  const checker = program.getTypeChecker();
  const out = [];
  const visit = (n) => {
    if ((ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n)) && isLeafFunction(checker, n)) out.push(n.name.getText());
    if (ts.isVariableDeclaration(n) && n.initializer && ts.isArrowFunction(n.initializer) && isLeafFunction(checker, n.initializer)) out.push(n.name.getText());
    ts.forEachChild(n, visit);
  };
  visit(program.getSourceFile('x.ts'));
  return out;
}

describe('leaf functions (no stack check)', () => {
  it('takes field updates, arithmetic, loops and comparisons', () => {
    const src = `
      class C {
        n = 0;
        s = '';
        next: C | null = null;
        get twice(): number { return this.n * 2; }
        bump(k: number): void { this.n += k; this.n++; }
        label(x: string): void { this.s = this.s + x; }
        last(): C { let c: C = this; while (c.next !== null) c = c.next; return c; }
        viaGetter(): number { return this.twice; }
        callsMethod(): void { this.bump(1); }
        concatObject(o: C): string { return this.s + o; }
        defaulted(k: number = 1): number { return k; }
        throws(): void { throw new Error('x'); }
        indexes(xs: number[]): number { return xs[0]; }
        template(): string { return \`\${this.n}\`; }
        negates(o: C): number { return -o.n; }
        static shared = 0;
        readsStatic(): number { return C.shared; }
      }
      let count = 0;
      const inc = (id: number): void => { count = (count * 7 + id) % 1000003; };
      const calls = (): number => Math.max(1, 2);
    `;
    assert.deepEqual(leaves(src), ['twice', 'bump', 'label', 'last', 'negates', 'inc']);
  });
});
