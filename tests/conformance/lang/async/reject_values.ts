// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// rejections with non-Error values and then(onFulfilled, onRejected)

Promise.reject<number>("plain string").then(
  (v) => console.log("no", v),
  (r: unknown) => console.log("reason", r),
);
Promise.reject(42).catch((r: unknown) => console.log("number reason", r));
new Promise<number>((_resolve, reject) => reject(undefined)).catch((r: unknown) => console.log("undefined reason", r));
