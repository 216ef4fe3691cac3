// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// += on strings with string, number and boolean right-hand sides
let s: string = "start";
s += "-";
s += 42;
s += "-";
s += true;
s += 0.5;
s += -0;
s += 1 / 0;
s += 0 / 0;
s += 1e21;
console.log(s);
let t: string = "";
for (let i = 0; i < 3; i++) {
  t += i;
  t += i < 2;
}
console.log(t);
let u: string = "x";
let v: string = (u += "y");
console.log(u, v);
