// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// executors run synchronously; first resolve wins

console.log("before");
const p = new Promise<number>((resolve, reject) => {
  console.log("in executor");
  resolve(1);
  resolve(2);
  reject(new Error("ignored"));
});
p.then((v) => console.log("value", v));
const q = new Promise<number>(() => { throw new Error("thrown in executor"); });
q.catch((e: unknown) => console.log("rejected:", (e as Error).message));
console.log("after");
