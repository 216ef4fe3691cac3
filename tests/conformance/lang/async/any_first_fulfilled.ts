// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.any takes the first fulfilment, ignoring earlier rejections
function after<T>(ms: number, v: T, fail: boolean): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => (fail ? reject(v) : resolve(v)), ms);
  });
}
Promise.any([after(30, "slow ok", false), after(5, "fast fail", true), after(15, "mid ok", false)]).then((v) => console.log("winner:", v));
Promise.any([after(10, 1, true), after(20, 2, false), after(1, 3, true)]).then((v) => console.log("number winner:", v));
Promise.any([Promise.resolve("already"), after(1, "later", false)]).then((v) => console.log("settled input:", v));
