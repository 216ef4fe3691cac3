// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a handler that throws rejects the derived promise

Promise.resolve(1)
  .then((x): number => { throw new Error("handler failed with " + x); })
  .then((x) => console.log("skipped", x))
  .catch((e: unknown) => { console.log("caught", (e as Error).message); return "recovered"; })
  .then((s) => console.log(s));
new Promise<number>((resolve) => resolve(5))
  .finally((): void => { throw new Error("finally failed"); })
  .catch((e: unknown) => console.log("finally rejection:", (e as Error).message));
