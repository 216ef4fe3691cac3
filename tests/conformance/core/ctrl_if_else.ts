// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// if / else if / else chains, nested ifs and dangling else binding
function grade(score: number): string {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 70) {
    return "C";
  } else if (score >= 60) {
    return "D";
  } else {
    return "F";
  }
}
for (let s = 55; s <= 100; s += 9) {
  console.log(s, grade(s));
}
function dangling(a: boolean, b: boolean): string {
  let r: string = "none";
  if (a)
    if (b) r = "a and b";
    else r = "a and not b";
  return r;
}
console.log(dangling(true, true), dangling(true, false), dangling(false, true), dangling(false, false));
let x: number = 0 / 0;
if (x) {
  console.log("NaN is truthy?");
} else {
  console.log("NaN is falsy");
}
let z: number = -0;
if (z) console.log("-0 truthy"); else console.log("-0 falsy");
let e: string = "";
if (e) {
  console.log("empty truthy");
} else if (e === "") {
  console.log("empty string falsy");
}
let nonEmpty: string = "0";
if (nonEmpty) console.log("\"0\" is truthy");
let count: number = 0;
for (let i = 0; i < 20; i++) {
  if (i % 2 === 0) {
    if (i % 3 === 0) {
      count += 100;
    } else {
      count += 10;
    }
  } else if (i % 5 === 0) {
    count += 1;
  }
}
console.log("count", count);
