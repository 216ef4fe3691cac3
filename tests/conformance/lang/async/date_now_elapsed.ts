// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Date.now() and performance.now() advance by at least a timer's delay
const wallStart = Date.now();
const monoStart = performance.now();
console.log(Number.isInteger(wallStart), wallStart > 1.6e12);
setTimeout(() => {
  const wall = Date.now() - wallStart;
  const mono = performance.now() - monoStart;
  console.log("wall >= 25:", wall >= 25);
  console.log("mono >= 29:", mono >= 29);
  console.log("monotonic:", performance.now() >= monoStart);
}, 30);
