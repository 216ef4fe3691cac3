// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: block scoping and shadowing of let/const in nested blocks, loops and functions
const x = "outer";
let log: string[] = [];
{
  const x = "block";
  log.push(x);
  {
    let x = "inner";
    x += "!";
    log.push(x);
  }
  log.push(x);
}
log.push(x);
for (let x = 0; x < 2; x++) log.push("loop" + x);
function f(x: number): string {
  {
    const x = "shadow";
    return x;
  }
}
log.push(f(1), x);
console.log(log.join(" "));
