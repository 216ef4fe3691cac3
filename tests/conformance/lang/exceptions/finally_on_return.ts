// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: finally runs when try returns; the try's return value is kept unless finally returns
const log: string[] = [];
function a(): string {
  try {
    log.push("a-try");
    return "from-try";
  } finally {
    log.push("a-finally");
  }
}
function b(): string {
  try {
    return "from-try";
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "from-finally";
  }
}
function c(): number {
  let x = 1;
  try {
    return x;
  } finally {
    x = 100;
    log.push("c-x=" + x);
  }
}
console.log(a(), b(), c());
console.log(log.join(" "));
