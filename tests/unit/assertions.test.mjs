// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Checked type assertions (spec/exceptions.md): asserting a tagged value to
// be of a sort it is not stops the program cleanly instead of misreading it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { runSnippet } from '../harness/snippet.mjs';

describe('checked type assertions', function () {
  this.timeout(60000);
  let dir;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-assert-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (name, source) => runSnippet(dir, name, source);

  it('a caught string asserted to be an Error is a clean panic', async () => {
    const r = await run('string_as_error', `try { throw 'plain'; } catch (e) { console.log('caught'); console.log((e as Error).message); }`);
    assert.equal(r.stdout, 'caught\n');
    assert.match(r.stderr, /panic: type assertion failed: the value is not an object \('e as Error'\)/);
    assert.equal(r.status, 70);
  });

  it('a caught Error asserted to be an Error reads its message', async () => {
    const r = await run('error_as_error', `try { throw new RangeError('r'); } catch (e) { console.log((e as Error).message); }`);
    assert.equal(r.stdout, 'r\n');
    assert.equal(r.status, 0);
  });
});
