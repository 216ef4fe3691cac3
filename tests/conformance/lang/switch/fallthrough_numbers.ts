// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: numeric cases with fall-through, grouped cases and default in the middle
function days(month: number): number {
  switch (month) {
    case 2:
      return 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(days).join(" "));
function trace(n: number): string {
  let s = "";
  switch (n) {
    case 0:
      s += "zero,";
    default:
      s += "default,";
    case 1:
      s += "one,";
      break;
    case 2:
      s += "two,";
  }
  return s;
}
for (const n of [0, 1, 2, 3]) console.log(n, trace(n));
