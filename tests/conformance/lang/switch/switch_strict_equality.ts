// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: cases match with strict equality (no coercion; NaN never matches; -0 matches 0)
function which(v: number | string | boolean | null | undefined): string {
  switch (v) {
    case 0:
      return "zero";
    case "0":
      return "string zero";
    case false:
      return "false";
    case null:
      return "null";
    case undefined:
      return "undefined";
    case NaN:
      return "nan";
    default:
      return "other " + String(v);
  }
}
const vs: Array<number | string | boolean | null | undefined> = [0, -0, "0", false, null, undefined, NaN, "", 1];
console.log(vs.map(which).join(", "));
