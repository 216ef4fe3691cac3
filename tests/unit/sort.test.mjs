// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Array sort's one departure from V8 (spec/arrays.md): a comparator that
// changes the array's length is a clean panic, since the sorted work copy
// cannot be written back the way V8's generic path does.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { runSnippet } from '../harness/snippet.mjs';

describe('array sort with a comparator that changes the array', function () {
  this.timeout(60000);
  let dir;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-sort-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (name, source) => runSnippet(dir, name, source);

  it('growing the array is a clean panic', async () => {
    const r = await run('grow', `const a: number[] = [3, 1, 2, 5, 4];
a.sort((x: number, y: number): number => { if (a.length < 8) a.push(0); return x - y; });
console.log(a.join(','));`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /panic: sort: the comparator changed the array's length/);
    assert.equal(r.status, 70);
  });

  it('writing elements without changing the length is overwritten by the sorted copy, as in V8', async () => {
    const r = await run('overwrite', `const a: number[] = [3, 1, 2];
a.sort((x: number, y: number): number => { a[0] = 100; return x - y; });
console.log(a.join(','));`);
    assert.equal(r.stdout, '1,2,3\n');
    assert.equal(r.status, 0);
  });
});
