// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// boolean operators && || ! and equality on booleans, truth tables
function row(a: boolean, b: boolean): void {
  console.log(a, b, a && b, a || b, !a, !b, a === b, a !== b, !(a && b) === (!a || !b));
}
row(false, false);
row(false, true);
row(true, false);
row(true, true);
let t: boolean = 3 > 2;
let f: boolean = 3 < 2;
console.log(t && f || t, t && (f || t), !t || !f, !!t, !!!f);
console.log(t && t && t && f, f || f || f || t);
console.log("" + t + f, t + "" + (t && f), "x" + !t);
let x: boolean = f;
x = !x;
console.log(x);
x = x && f;
console.log(x);
x = x || t;
console.log(x);
