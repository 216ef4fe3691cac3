// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imported first by main; imports c.
import { c } from './c';
import { log } from './log';

log('a');
export function fromA(): string {
  return 'A' + c;
}
