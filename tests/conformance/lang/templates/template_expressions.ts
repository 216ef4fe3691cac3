// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: template literals convert numbers, booleans, null, undefined, arrays and objects via ToString
const n = 1.5;
const big = 1e21;
const small = 1e-7;
console.log(`${n} ${big} ${small} ${-0} ${NaN} ${-Infinity}`);
console.log(`${true} ${null} ${undefined} ${[1, 2, [3]]} ${{}} ${[]}`);
const x = 3;
const y = 4;
console.log(`${x} + ${y} = ${x + y}; ${x} > ${y} is ${x > y}; ${x ? "yes" : "no"}`);
console.log(`nested ${`inner ${x * 2}`} done`);
class P {
  toString(): string {
    return "P!";
  }
}
console.log(`${new P()}|${[new P(), new P()]}`);
