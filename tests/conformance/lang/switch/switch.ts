// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: fall-through, default in the middle, strings, break inside loops, scoping in cases
function name(n: number): string {
  switch (n) {
    case 1:
      return "one";
    case 2:
    case 3:
      return "two or three";
    default:
      return "many";
    case 0:
      return "zero";
  }
}
for (let i = 0; i <= 4; i++) console.log(i, name(i));
function fall(n: number): string {
  let s: string = "";
  switch (n) {
    case 0:
      s += "a";
    case 1:
      s += "b";
      break;
    case 2:
      s += "c";
    default:
      s += "d";
  }
  return s;
}
console.log(fall(0), fall(1), fall(2), fall(9));
function kind(s: string): number {
  switch (s) {
    case "x": {
      const v: number = 1;
      return v;
    }
    case "y": {
      const v: number = 2;
      return v;
    }
  }
  return -1;
}
console.log(kind("x"), kind("y"), kind("z"));
let out: string = "";
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      continue;
    case 1:
      out += "one";
      break;
    default:
      out += "two";
  }
  out += ";";
}
console.log(out);
let nan: number = NaN;
switch (nan) {
  case NaN:
    console.log("NaN matched");
    break;
  default:
    console.log("NaN never matches a case");
}
switch (-0) {
  case 0:
    console.log("-0 matches case 0");
}
