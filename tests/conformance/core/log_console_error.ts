// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.error goes to stderr and must not disturb stdout ordering
console.log("stdout 1");
console.error("stderr 1");
console.log("stdout 2", 2);
console.error("stderr %d", 2, true);
for (let i = 0; i < 3; i++) {
  console.error("err", i);
  console.log("out", i);
}
console.error();
console.log("done");
