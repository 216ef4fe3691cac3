// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// formatting integers in bases 2, 8 and 16 with digit characters chosen by comparisons
function digitChar(d: number): string {
  if (d < 10) return "" + d;
  return d === 10 ? "a" : d === 11 ? "b" : d === 12 ? "c" : d === 13 ? "d" : d === 14 ? "e" : d === 15 ? "f" : "?";
}
function toBase(n: number, base: number): string {
  if (n === 0) return "0";
  let neg: boolean = n < 0;
  if (neg) n = -n;
  let s: string = "";
  while (n > 0) {
    let d: number = n % base;
    s = digitChar(d) + s;
    n = (n - d) / base;
  }
  return neg ? "-" + s : s;
}
function hex32(n: number): string {
  let s: string = "";
  for (let shift = 28; shift >= 0; shift -= 4) {
    s += digitChar((n >>> shift) & 15);
  }
  return "0x" + s;
}
let values: number = 0;
for (let v = 1; v < 1e12; v = v * 37 + 11) {
  console.log(v, toBase(v, 2), toBase(v, 8), toBase(v, 16));
  values++;
}
console.log(toBase(-255, 16), toBase(0, 2), toBase(2 ** 53, 16), toBase(-(2 ** 31), 2));
console.log(hex32(0), hex32(-1), hex32(0xdeadbeef), hex32(1 << 31), hex32(305419896));
console.log("values", values);
