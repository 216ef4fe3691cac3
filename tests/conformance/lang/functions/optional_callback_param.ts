// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: optional function-typed parameters called with ?.() or checked before calling
function runAll(xs: number[], onItem?: (x: number) => void, onDone?: () => string): string {
  for (const x of xs) onItem?.(x);
  return onDone ? onDone() : "no-done";
}
let total = 0;
console.log(runAll([1, 2, 3]));
console.log(runAll([1, 2, 3], (x) => (total += x)), total);
console.log(runAll([4], undefined, () => "done:" + total));
function pick(on: boolean): ((s: string) => string) | null {
  return on ? (s: string) => s + "!" : null;
}
const maybe = pick(false);
console.log(pick(true)?.("y"));
console.log(maybe?.("x") ?? "null fn");
