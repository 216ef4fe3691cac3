// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Where the project's own files are, wherever the compiler is run from.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: dist/compiler/paths.js sits two levels below it. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const toolsDir = path.join(projectRoot, 'tools');
export const cacheDir = path.join(projectRoot, 'build', 'cache');
