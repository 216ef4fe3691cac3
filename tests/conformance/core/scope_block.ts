// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// block scoping of let and const: shadowing in nested blocks and loop bodies
let x: number = 1;
{
  let x: number = 2;
  {
    let x: string = "three";
    console.log(x);
  }
  console.log(x);
  x = 20;
  console.log(x);
}
console.log(x);
const c: number = 10;
if (c > 5) {
  const c: string = "shadow";
  console.log(c);
}
console.log(c);
for (let i = 0; i < 3; i++) {
  let x: number = i * 10;
  const y: number = x + 1;
  console.log(i, x, y);
}
console.log(x);
let total: number = 0;
for (let i = 0; i < 3; i++) {
  for (let i = 10; i < 12; i++) {
    total += i;
  }
  total += i;
}
console.log("total", total);
function f(x: number): number {
  {
    let x: number = 100;
    x++;
  }
  return x;
}
console.log(f(7));
let v: number = 5;
while (v > 0) {
  let v2: number = v;
  v = v - 2;
  {
    let v: number = v2 * 100;
    console.log("inner v", v);
  }
}
console.log("v", v);
