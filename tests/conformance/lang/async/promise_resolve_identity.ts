// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.resolve of a promise returns it; resolving with a rejected promise rejects

const p = Promise.resolve(10);
const q = Promise.resolve(p);
console.log(p === q);
const failing = Promise.reject(new Error("inner"));
const adopted = new Promise<number>((resolve) => resolve(failing));
adopted.catch((e: unknown) => console.log("adopted rejection:", (e as Error).message));
const chained = Promise.resolve().then(() => failing);
chained.catch((e: unknown) => console.log("chained rejection:", (e as Error).message));
