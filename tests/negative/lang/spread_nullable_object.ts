// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Spreading a nullable object reference (`P | null`, a 0 pointer when null): its keys are not known
class P {
  constructor(public x: number) {}
}
function pick(k: number): P | null {
  return k > 0 ? new P(k) : null;
}
const copy = { ...pick(0), y: 1 };
console.log(copy);
