// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Module-level constants computed from other constants (flags, masks, signed zero, NaN), read by functions and loops.

const SIZE: number = 4;
const HELD: number = 4;
const SUSPENDED: number = 2;
const RUNNABLE = 1;
const SUSPENDED_RUNNABLE: number = SUSPENDED | RUNNABLE;
const NOT_HELD: number = ~HELD;
const NEG_ZERO: number = -0;
const NOT_A_NUMBER: number = 0 / 0;
const BIG: number = 1e21 * 3;
const UNSIGNED: number = -1 >>> 0;
const SHIFTED: number = (1 << 31) >> 3;
const MIXED: number = (SIZE * 7 + 3) % 5 - 10 / 4;
const DEBUG: boolean = false;
const ON = true;
let counter: number = 3;
const FROM_LET: number = counter + 1; // not a constant expression: read at run time

function describe(state: number): string {
  const parts: string[] = [];
  if ((state & HELD) !== 0) parts.push('held');
  if ((state & SUSPENDED) !== 0) parts.push('suspended');
  if ((state & RUNNABLE) !== 0) parts.push('runnable');
  return parts.length === 0 ? 'running' : parts.join('+');
}

function shadow(): number {
  const SIZE: number = 10; // a local of the same name
  return SIZE * 2;
}

let total = 0;
for (let i = 0; i < SIZE; i++) total += i * SUSPENDED_RUNNABLE;
console.log(total, describe(SUSPENDED_RUNNABLE), describe(SUSPENDED_RUNNABLE | HELD), describe(7 & NOT_HELD), describe(0));
console.log(NOT_HELD, 1 / NEG_ZERO, NEG_ZERO === 0, NOT_A_NUMBER, NOT_A_NUMBER === NOT_A_NUMBER, BIG, UNSIGNED, SHIFTED, MIXED);
console.log(DEBUG, ON, !DEBUG && ON, FROM_LET, shadow());
counter = 10;
console.log(FROM_LET, counter);
