// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Ackermann function for small arguments (deep and wide recursion)
let calls: number = 0;
function ack(m: number, n: number): number {
  calls++;
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
for (let m = 0; m <= 3; m++) {
  let line: string = "";
  for (let n = 0; n <= 4; n++) {
    line += ack(m, n) + " ";
  }
  console.log("m=" + m + ":", line);
}
calls = 0;
console.log(ack(3, 6), calls);
console.log(ack(4, 0));
