// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// labelled blocks with break, and labelled statements that are not loops
let log: string = "";
found: {
  for (let i = 0; i < 10; i++) {
    if (i * i > 20) {
      log += "found " + i;
      break found;
    }
  }
  log += "not found";
}
console.log(log);
function check(n: number): string {
  let r: string = "start";
  block: {
    if (n < 0) break block;
    r += ">=0";
    if (n === 0) break block;
    r += ">0";
  }
  return r;
}
console.log(check(-1), check(0), check(5));
outer: {
  inner: {
    console.log("in inner");
    break outer;
  }
  console.log("never");
}
console.log("after");
