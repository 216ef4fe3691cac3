// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: let/const declared in one case block are scoped to the whole switch body
function f(k: number): string {
  switch (k) {
    case 1: {
      const msg = "block one";
      return msg;
    }
    case 2: {
      const msg = "block two";
      return msg;
    }
    default: {
      let msg = "default";
      msg += k;
      return msg;
    }
  }
}
console.log(f(1), f(2), f(3));
function g(k: number): string {
  let r = "";
  switch (k) {
    case 0:
      r = "zero";
    // falls through
    case 1:
      r += "!";
      break;
  }
  return r;
}
console.log(g(0), g(1), JSON.stringify(g(2)));
