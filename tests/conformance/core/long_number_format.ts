// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// longer program: fixed-point and padded number formatting written with arithmetic only
function trunc(x: number): number {
  return x - (x % 1);
}
function digits(n: number): number {
  let d: number = 1;
  while (n >= 10) {
    n = trunc(n / 10);
    d++;
  }
  return d;
}
function padLeft(s: string, width: number, fill: string, len: number): string {
  while (len < width) {
    s = fill + s;
    len++;
  }
  return s;
}
function fixed(x: number, places: number): string {
  if (x !== x) return "NaN";
  let neg: boolean = x < 0 || 1 / x < 0;
  if (neg) x = -x;
  let scale: number = 10 ** places;
  let scaled: number = trunc(x * scale + 0.5);
  let whole: number = trunc(scaled / scale);
  let frac: number = scaled - whole * scale;
  let out: string = "" + whole;
  if (places > 0) {
    let f: string = "" + frac;
    f = padLeft(f, places, "0", frac === 0 ? 1 : digits(frac));
    out += "." + f;
  }
  return (neg && scaled !== 0 ? "-" : "") + out;
}
function thousands(n: number): string {
  let s: string = "";
  let groups: number = 0;
  if (n === 0) return "0";
  while (n >= 1000) {
    let g: number = n % 1000;
    let gs: string = padLeft("" + g, 3, "0", digits(g));
    s = "," + gs + s;
    n = trunc(n / 1000);
    groups++;
  }
  return n + s;
}
function row(label: string, labelLen: number, v: number): void {
  let f: string = fixed(v, 2);
  console.log(padLeft(label, 10, " ", labelLen) + " | " + f + " | " + fixed(v, 0) + " | " + fixed(v, 5));
}
row("zero", 4, 0);
row("neg zero", 8, -0);
row("third", 5, 1 / 3);
row("half", 4, 0.5);
row("neg", 3, -2.675);
row("pi", 2, 3.14159265358979);
row("big", 3, 123456.789);
row("tiny", 4, 0.000049);
row("e", 1, 2.718281828459045);
console.log(thousands(0), thousands(999), thousands(1000), thousands(1234567), thousands(9007199254740991));
console.log(thousands(1000000000), thousands(100100100));
let total: number = 0;
for (let i = 1; i <= 12; i++) {
  let price: number = i * 1.15;
  total += price;
  console.log(padLeft("" + i, 2, " ", digits(i)) + ". " + fixed(price, 2) + " running " + fixed(total, 2) + " raw " + total);
}
