// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: finally overriding return, break and continue, and swallowing exceptions
function f1(): string {
  try {
    return "try";
  } finally {
    console.log("f1 finally runs");
  }
}
function f2(): string {
  try {
    return "try";
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "finally";
  }
}
function f3(): string {
  try {
    throw new Error("lost");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "finally swallowed the error";
  }
}
function f4(): number {
  let i: number = 0;
  while (true) {
    try {
      i++;
      if (i === 3 || i === 6) return i * 100;
    } finally {
      if (i < 5) {
        // eslint-disable-next-line no-unsafe-finally
        continue;
      }
    }
  }
}
function f5(): string {
  let log: string = "";
  for (let i = 0; i < 3; i++) {
    try {
      log += "t" + i;
      if (i === 1) break;
    } finally {
      log += "f" + i;
    }
  }
  return log;
}
let x: number = 1;
function f6(): number {
  try {
    return x;
  } finally {
    x = 99;
  }
}
console.log(f1(), f2(), f3(), f4(), f5(), f6(), x);
