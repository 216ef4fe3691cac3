// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: functions and arrows print as [Function: name] or [Function (anonymous)], also inside containers
function named(a: number): number { return a + 1; }
const arrow = (x: number): number => x * 2;
console.log(named, arrow);
console.log([named, arrow], { f: named, g: arrow, h: (s: string): string => s });
console.log([(n: number): number => n], { nested: { fn: named } });
console.log(typeof named, typeof arrow);
