// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// catch, finally and pass-through of values and reasons

Promise.reject(new Error("e1"))
  .then((v: number) => v + 1)
  .catch((e: unknown) => { console.log("catch", (e as Error).message); return 7; })
  .finally(() => console.log("finally 1"))
  .then((v) => console.log("after finally", v));
Promise.resolve(3).finally(() => console.log("finally 2")).then((v) => console.log("kept", v));
Promise.reject(new Error("e2")).finally(() => console.log("finally 3")).catch((e: unknown) => console.log("still rejected", (e as Error).message));
