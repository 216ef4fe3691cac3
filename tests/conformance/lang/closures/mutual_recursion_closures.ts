// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: mutually recursive arrow functions declared with let reference each other through captured bindings
let isEven: (n: number) => boolean = (n: number) => false;
let isOdd: (n: number) => boolean = (n: number) => false;
isEven = (n: number): boolean => (n === 0 ? true : isOdd(n - 1));
isOdd = (n: number): boolean => (n === 0 ? false : isEven(n - 1));
console.log(isEven(10), isOdd(7), isEven(3), isOdd(0));
function makeWalker(): (n: number) => string {
  let depth: number = 0;
  const down = (n: number): string => {
    depth++;
    return n <= 0 ? "|" + depth : "d" + up(n - 1);
  };
  const up = (n: number): string => {
    depth++;
    return n <= 0 ? "|" + depth : "u" + down(n - 1);
  };
  return down;
}
const w = makeWalker();
console.log(w(5), w(2));
