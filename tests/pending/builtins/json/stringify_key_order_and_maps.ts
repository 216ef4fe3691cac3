// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify key order (integer-like keys first), Maps and Sets serialize as {}
const o: Record<string, number> = { b: 1, a: 2, 10: 3, 2: 4, "-1": 5, "01": 6 };
console.log(JSON.stringify(o));
console.log(JSON.stringify(new Map([["k", 1]])), JSON.stringify(new Set([1])), JSON.stringify([new Map()]));
console.log(JSON.stringify({ date: "2020", nested: { z: 1, y: 2 } }));
