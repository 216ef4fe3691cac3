// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: switch on typeof, on string methods, on computed numbers, with block-scoped lets per case
function describe(v: number | string | boolean | undefined): string {
  switch (typeof v) {
    case "number": {
      const sign = v !== undefined && v < 0 ? "neg" : "nonneg";
      return `number ${sign}`;
    }
    case "string": {
      const len = String(v).length;
      return `string len ${len}`;
    }
    case "boolean":
      return "bool";
    default:
      return "undefined";
  }
}
const vals: (number | string | boolean | undefined)[] = [3, -2, "abc", "", true, undefined];
console.log(vals.map(describe).join("; "));
function bucket(n: number): string {
  switch (Math.floor(Math.log10(Math.max(1, Math.abs(n))))) {
    case 0: return "ones";
    case 1: return "tens";
    case 2: return "hundreds";
    default: return "big";
  }
}
console.log([0, 5, 42, -99, 100, 999, 12345].map(bucket).join(","));
function ext(file: string): string {
  const dot = file.lastIndexOf(".");
  switch (dot < 0 ? "" : file.slice(dot + 1).toLowerCase()) {
    case "ts":
    case "tsx":
      return "typescript";
    case "js":
      return "javascript";
    case "":
      return "none";
    default:
      return "other";
  }
}
console.log(["a.ts", "B.TSX", "c.js", "Makefile", "x.tar.gz", ".hidden"].map(ext).join(" "));
let acc = "";
for (let i = 0; i < 6; i++) {
  switch (i * i % 5) {
    case 0: acc += "z"; break;
    case 1: acc += "o";
    case 4: acc += "f"; break;
    default: acc += "?";
  }
}
console.log(acc);
