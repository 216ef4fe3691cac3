// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Finding test programs, and reading the expectations written inside them.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Test programs under dir. A directory holding main.ts is one program of
 * several files (modules): main.ts is its entry, the other files its modules.
 */
export function findTs(dir) {
  if (!fs.existsSync(dir)) return [];
  if (fs.existsSync(path.join(dir, 'main.ts'))) return [path.join(dir, 'main.ts')];
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findTs(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The codes a negative test expects, from its first line: `// expect-error: TSX1003 TS7006`. */
export function expectedCodes(file) {
  const first = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
  const m = /^\/\/\s*expect-error:\s*(.+)$/.exec(first);
  return m ? m[1].trim().split(/\s+/) : [];
}

/** Splits a list into `count` interleaved shards so each mocha worker gets a fair share. */
export function shard(list, index, count) {
  return list.filter((_, i) => i % count === index);
}
