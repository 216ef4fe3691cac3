// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: an exception from toString during %s propagates out of console.log and nothing is printed
class Bad {
  constructor(readonly why: string) {}
  toString(): string { throw new Error("toString failed: " + this.why); }
}
class Good { toString(): string { return "good"; } }
try {
  console.log("before %s after", new Bad("one"));
  console.log("not reached");
} catch (e) {
  console.log("caught:", (e as Error).message);
}
try {
  console.log("%s %s", new Good(), new Bad("two"));
} catch (e) {
  console.log("caught:", (e as Error).message);
}
console.log("%s still works", new Good());
