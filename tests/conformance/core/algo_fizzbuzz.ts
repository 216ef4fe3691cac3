// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// FizzBuzz from 1 to 100 with a string accumulator and the conditional operator
for (let i = 1; i <= 100; i++) {
  let out: string = "";
  if (i % 3 === 0) out += "Fizz";
  if (i % 5 === 0) out += "Buzz";
  console.log(out === "" ? "" + i : out);
}
let fizz: number = 0;
let buzz: number = 0;
let both: number = 0;
for (let i = 1; i <= 1000; i++) {
  let f: boolean = i % 3 === 0;
  let b: boolean = i % 5 === 0;
  if (f && b) both++;
  else if (f) fizz++;
  else if (b) buzz++;
}
console.log("%d fizz, %d buzz, %d fizzbuzz", fizz, buzz, both);
