// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: catching engine-raised errors (TDZ ReferenceError, stack overflow RangeError) and continuing
function readLater(): number {
  return later;
}
try {
  console.log(readLater());
} catch (e) {
  console.log(e instanceof ReferenceError, (e as Error).name);
}
let later: number = 5;
console.log(readLater());
let depth: number = 0;
function forever(): number {
  depth++;
  return forever() + 1;
}
try {
  forever();
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).message, depth > 1000);
}
function thrower(kind: number): void {
  if (kind === 0) throw new TypeError("type");
  if (kind === 1) throw new SyntaxError("syntax");
  throw new EvalError("eval");
}
for (let k = 0; k < 3; k++) {
  try {
    thrower(k);
  } catch (e) {
    const err = e as Error;
    console.log(err.name + ": " + err.message, err instanceof Error);
  }
}
