// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imported second by main; c has run already.
import { log } from './log';
import { c } from './c';

log('b');
export function fromB(): string {
  return 'B' + c;
}
