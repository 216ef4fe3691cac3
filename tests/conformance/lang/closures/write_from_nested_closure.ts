// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: nested closures three levels deep write a variable captured from the outermost function
function level1(): () => () => number {
  let x: number = 1;
  return () => {
    x *= 3;
    return () => {
      x += 1;
      return x;
    };
  };
}
const l2 = level1();
const l3a = l2();
console.log(l3a(), l3a());
const l3b = l2();
console.log(l3b(), l3a(), l3b());
