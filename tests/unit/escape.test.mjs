// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Escape analysis (compiler/src/lower/closures.ts, objects.ts): a callback
// written directly as the argument of a synchronous library method, and a
// local object literal used only through its members, live in the frame;
// what is stored, returned, captured or handed to the program's own code
// stays on the heap. Checked on the unoptimised IR.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { compile } from '../../dist/compiler/driver.js';

function irOf(dir, name, source) {
  const file = path.join(dir, `${name}.ts`);
  fs.writeFileSync(file, source);
  const out = path.join(dir, name);
  compile({ entry: file, output: out, target: 'linux', opt: 0, emitLlvm: true });
  return fs.readFileSync(`${out}.ll`, 'utf8');
}

const stackFrames = (ir) => (ir.match(/%frame\.object\d* = alloca/g) ?? []).length;

describe('escape analysis (closures, object literals)', function () {
  this.timeout(60000);
  let dir;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-escape-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('callbacks of array, Map and Set methods live in the frame', () => {
    const ir = irOf(dir, 'local', `
const xs: number[] = [3, 1, 2];
let k = 2;
const m = new Map<string, number>([['a', 1]]);
console.log(xs.map((x) => x * k).filter((x) => x > k).length);
xs.sort((a, b) => a - b);
m.forEach((v, key) => { k += v + key.length; });
console.log(k);
`);
    assert.equal(stackFrames(ir), 4);
  });

  it('closures that escape stay on the heap', () => {
    const ir = irOf(dir, 'escaping', `
const kept: (() => number)[] = [];
function make(n: number): () => number { return () => n; }
class Registry { handlers: ((x: number) => void)[] = []; forEach(f: (x: number) => void): void { this.handlers.push(f); } }
const r = new Registry();
r.forEach((x) => { console.log(x); });
[1, 2].forEach(function named(x: number) { kept.push(() => x); });
[1, 2].forEach(async (x) => { await null; console.log(x); });
kept.push(make(1));
console.log(kept.length, r.handlers.length);
`);
    assert.equal(stackFrames(ir), 0);
  });

  it('a local literal used only through its members lives in the frame', () => {
    const ir = irOf(dir, 'literal', `
function area(w: number, h: number): number {
  const box = { w, h, name: 'box' };
  box.w = box.w + 0;
  return box.w * box.h + box.name.length;
}
console.log(area(2, 3));
`);
    assert.equal(stackFrames(ir), 1);
  });

  it('literals that are returned, passed, captured, spread or global stay on the heap', () => {
    const ir = irOf(dir, 'literals', `
interface P { x: number }
const top = { x: 1 };
function made(): P { const p = { x: 2 }; return p; }
function passed(): number { const p = { x: 3 }; return read(p); }
function read(p: P): number { return p.x; }
function captured(): () => number { const p = { x: 4 }; return () => p.x; }
function spread(): P { const p = { x: 5 }; const q = { ...p }; return q; }
function shorthand(): { p: P } { const p = { x: 6 }; return { p }; }
console.log(top.x, made().x, passed(), captured()(), spread().x, shorthand().p.x);
`);
    assert.equal(stackFrames(ir), 0);
  });
});
