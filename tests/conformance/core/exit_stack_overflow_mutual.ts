// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exit status: unbounded mutual recursion overflows the stack after output was printed, exit 1
let calls: number = 0;
function ping(n: number): number {
  calls++;
  return pong(n + 1);
}
function pong(n: number): number {
  return ping(n * 1) + 0;
}
for (let i = 0; i < 3; i++) console.log("line", i);
ping(0);
console.log("never printed", calls);
