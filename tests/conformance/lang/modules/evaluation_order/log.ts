// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A module-level counter shared by every importer.
let calls = 0;
console.log('log module runs');

export function log(what: string): number {
  calls++;
  console.log(`${calls}: ${what}`);
  return calls;
}
