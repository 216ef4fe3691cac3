// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a handler attached in the same tick counts as handled

const p = Promise.reject(new Error("handled later"));
Promise.resolve().then(() => {
  p.catch((e: unknown) => console.log("caught:", (e as Error).message));
});
console.log("sync");
