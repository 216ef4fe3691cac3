// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: Maps and Sets inside objects give {}, nested empty arrays and objects with indentation, class instances in arrays
class Box { items = new Set<number>([1, 2]); index = new Map<string, number>([["a", 1]]); list: number[][] = [[], [1], []]; }
console.log(JSON.stringify(new Box()));
console.log(JSON.stringify(new Box(), null, 2));
console.log(JSON.stringify([new Map<string, number>(), new Set<string>(["x"])]));
const o = { a: {}, b: [] as number[], c: [{}], d: [[[]]] as number[][][], e: { f: { g: {} } } };
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, null, 4));
console.log(JSON.stringify(o, null, "\t"));
