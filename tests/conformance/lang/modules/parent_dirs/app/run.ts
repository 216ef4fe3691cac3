// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imports from its parent directory and from a subdirectory.
import { config } from '../config';
import { depth } from './deep/leaf';

export function run(words: string[]): string {
  return words.map((w) => w.length * config.factor + depth()).join('/');
}
