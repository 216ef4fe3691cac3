// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s, %j, %o and %O applied to strings, numbers, -0, arrays, nested objects, class instances and null/undefined
class P {
  constructor(public x: number, public y: number) {}
}
console.log("%s|%s|%s|%s", "str", 42, -0, NaN);
console.log("%s|%s|%s", true, null, undefined);
console.log("%s", [1, [2, [3, [4]]]], "after");
console.log("%s", { a: { b: { c: { d: 1 } } } });
console.log("%s", new P(1, 2));
console.log("%s", ["quoted 'in' array"]);
console.log("%j", "str");
console.log("%j %j %j", -0, NaN, [1, "two", null]);
console.log("%j", { a: [1, { b: 2 }], p: new P(3, 4) });
console.log("%o", [1, 2]);
console.log("%o", { a: 1, b: "two" });
console.log("%O", { a: 1, b: "two", c: [1, 2, 3] });
console.log("%O", new P(5, 6));
console.log("%O", { l1: { l2: { l3: { l4: { l5: 1 } } } } });
console.log("%o", "plain string");
console.log("%o", 42);
