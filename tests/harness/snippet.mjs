// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Unit tests that check a program's own output (panics, exit statuses):
// write a TypeScript snippet into `dir`, compile it for linux, run it.

import fs from 'node:fs';
import path from 'node:path';
import { compile } from '../../dist/compiler/driver.js';
import { runProcess } from './node-oracle.mjs';

export async function runSnippet(dir, name, source) {
  const file = path.join(dir, `${name}.ts`);
  fs.writeFileSync(file, source);
  compile({ entry: file, output: path.join(dir, name), target: 'linux', opt: 1 });
  return runProcess(path.join(dir, name), []);
}
