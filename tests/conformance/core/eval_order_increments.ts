// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// increment and decrement inside larger expressions and as call arguments
let i: number = 0;
let r: number = i++ + i++ + i++;
console.log(i, r);
i = 0;
r = ++i + ++i + ++i;
console.log(i, r);
i = 5;
r = i-- * --i;
console.log(i, r);
i = 1;
i = i++;
console.log(i);
i = 1;
i = ++i + i++;
console.log(i);
function show3(a: number, b: number, c: number): string {
  return a + "," + b + "," + c;
}
let j: number = 10;
console.log(show3(j++, j++, ++j), j);
console.log(show3(j--, --j, j), j);
let k: number = 0;
while (k++ < 3) console.log("k in loop", k);
console.log("k after", k);
let m: number = 3;
do console.log("m", m); while (--m > 0);
