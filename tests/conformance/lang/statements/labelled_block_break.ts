// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: break out of labelled blocks and labelled if statements
function check(n: number): string {
  let r = "start";
  validate: {
    if (n < 0) {
      r = "negative";
      break validate;
    }
    r = "nonneg";
    if (n % 2 === 0) break validate;
    r += "-odd";
  }
  return r;
}
console.log(check(-1), check(4), check(7));
let log = "";
a: {
  log += "a1 ";
  b: {
    log += "b1 ";
    if (log.length > 0) break a;
    log += "b2 ";
  }
  log += "a2 ";
}
console.log(log + "end");
