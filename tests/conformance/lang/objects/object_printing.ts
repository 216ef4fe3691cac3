// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log of objects and arrays uses util.inspect formatting
console.log({ a: 1, b: "two", c: true, d: -0 });
console.log([1, 2, 3], [], [[1, [2, [3, [4]]]]]);
console.log({ nested: { deeper: { deepest: { gone: 1 } } } });
console.log(["a", "b"], { s: "quote'd" }, [undefined, null]);
console.log("%s|%d|%o", { x: 1 }, [5], { y: 2 });
console.log({ long: "x".repeat(20), another: "y".repeat(20), third: "z".repeat(20), fourth: 1234567 });
class P {
  constructor(public x: number, public y: number) {}
}
console.log(new P(1, 2), [new P(3, 4)]);
