// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: numbers of every magnitude inside arrays and objects with indentation; integer-like class keys ordered first
class Row { z = 1; 10 = "ten"; 2 = "two"; a = [0.000001, 1e-7, 123456789012345680000, 1e21, -1e-7, 2 ** 31, -(2 ** 53), 0.1 * 3]; }
console.log(JSON.stringify(new Row()));
console.log(JSON.stringify(new Row(), null, 1));
const vals: number[] = [];
for (let e = -10; e <= 25; e += 5) vals.push(1.5 * 10 ** e, -(10 ** e));
console.log(JSON.stringify(vals));
const back: number[] = JSON.parse(JSON.stringify(vals));
console.log(back.every((x, i) => x === vals[i]));
