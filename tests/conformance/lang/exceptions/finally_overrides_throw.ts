// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: a return, break or new throw in finally discards a pending exception
function swallow(): string {
  try {
    throw new Error("lost");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "finally wins";
  }
}
console.log(swallow());
function replace(): void {
  try {
    throw new Error("first");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    throw new Error("second");
  }
}
try {
  replace();
} catch (e) {
  console.log((e as Error).message);
}
let n = 0;
while (true) {
  try {
    n++;
    throw new Error("loop");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    if (n >= 3) break;
    // eslint-disable-next-line no-unsafe-finally
    continue;
  }
}
console.log("n", n);
