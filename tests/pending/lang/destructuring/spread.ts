// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread in array literals, call arguments and object literals, including override order
const a: number[] = [1, 2];
const b: number[] = [...a, 3, ...a];
console.log(b.join(","));
function sum3(x: number, y: number, z: number): number {
  return x + y + z;
}
const args: [number, number, number] = [1, 10, 100];
console.log(sum3(...args));
console.log(Math.max(...b), Math.min(...[5, -1, 3]));
const base = { x: 1, y: 2 };
const moved = { ...base, y: 20, z: 30 };
const defaults = { y: 0, w: 5 };
const overridden = { ...defaults, ...base };
console.log(JSON.stringify(moved), JSON.stringify(overridden));
const chars: string[] = [..."héllo"];
console.log(chars.length, chars.join("/"));
