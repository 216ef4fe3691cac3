// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: default placed in the middle, fallthrough into and out of default, case expression evaluation order
const order: string[] = [];
function k(label: string, v: number): number {
  order.push(label);
  return v;
}
function classify(n: number): string {
  let s = "";
  switch (n) {
    case 1:
      s += "one,";
    default:
      s += "default,";
    case 2:
      s += "two,";
      break;
    case 3:
      s += "three,";
    case 4:
      s += "four,";
  }
  return s;
}
for (const n of [1, 2, 3, 4, 5]) console.log(n, classify(n));
function lazyCases(n: number): string {
  order.length = 0;
  let r = "none";
  switch (k("disc", n)) {
    case k("c1", 1):
      r = "1";
      break;
    case k("c2", 2):
      r = "2";
      break;
    default:
      r = "d";
      break;
    case k("c3", 3):
      r = "3";
  }
  return r + " " + order.join(",");
}
console.log(lazyCases(1));
console.log(lazyCases(3));
console.log(lazyCases(9));
