// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The compiler loads TypeScript in one place (compiler/src/typescript.ts,
// imported as '#typescript'): one ESM `import ... from 'typescript'` anywhere
// in compiler/src brings back ~0.3 s per compile (Node 20 scans the 9 MB
// CommonJS file twice). Type-only imports cost nothing and are fine.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../harness/files.mjs';

describe('loading TypeScript', () => {
  it("no compiler module imports 'typescript' at run time except compiler/src/typescript.ts", () => {
    const src = path.join(repoRoot, 'compiler', 'src');
    const offenders = fs.readdirSync(src, { recursive: true })
      .filter((f) => f.endsWith('.ts') && f !== 'typescript.ts')
      .filter((f) => /^import(?! type)[^;]*from 'typescript';/m.test(fs.readFileSync(path.join(src, f), 'utf8')));
    assert.deepEqual(offenders, [], "import ts from '#typescript' instead");
  });
});
