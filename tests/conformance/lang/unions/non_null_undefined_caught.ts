// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: a property read through ! on undefined throws a TypeError that can be caught
const arr: number[][] = [[1], [2]];
function at(i: number): number[] | undefined {
  return i < arr.length ? arr[i] : undefined;
}
let result = "";
for (const i of [0, 1, 2]) {
  try {
    result += at(i)!.length + ",";
  } catch (e) {
    result += (e instanceof TypeError ? "TypeError" : "other") + ",";
  }
}
console.log(result);
