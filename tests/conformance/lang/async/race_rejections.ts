// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.race settles with the first input to settle, rejection or not
function settleAfter(ms: number, v: string, ok: boolean): Promise<string> {
  return new Promise<string>((resolve, reject) => setTimeout(() => (ok ? resolve(v) : reject(v)), ms));
}
Promise.race([settleAfter(20, "ok", true), settleAfter(10, "bad", false)]).then(
  (v) => console.log("fulfilled", v),
  (r: unknown) => console.log("rejected", r),
);
Promise.race([settleAfter(10, "ok", true), settleAfter(20, "bad", false)]).then(
  (v) => console.log("fulfilled", v),
  (r: unknown) => console.log("rejected", r),
);
Promise.race([Promise.reject("sync reject"), Promise.resolve("sync resolve")]).catch((r: unknown) => console.log("first input wins:", r));
const never: Promise<string>[] = [];
Promise.race(never).then(() => console.log("never printed"));
console.log("end of script");
