// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: calling undefined, reading a property of null and similar runtime faults throw TypeError
interface Maybe {
  f?: () => number;
  o?: { v: number } | null;
}
const m: Maybe = { o: null };
const attempts: Array<[string, () => unknown]> = [
  ["call undefined", () => (m.f as () => number)()],
  ["read of null", () => (m.o as { v: number }).v],
  ["read of undefined index", () => ([] as Array<{ v: number }>)[0].v],
  ["new Array(-1)", () => new Array(-1)],
  ["toFixed(200)", () => (1).toFixed(200)],
  ["repeat(-1)", () => "x".repeat(-1)],
  ["ok", () => 1],
];
for (const [name, f] of attempts) {
  try {
    const r = f();
    console.log(name, "->", r);
  } catch (e) {
    console.log(name, "threw", (e as Error).name);
  }
}
