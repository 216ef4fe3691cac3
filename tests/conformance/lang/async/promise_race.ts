// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.race settles with the first

function after(ms: number, v: string): Promise<string> {
  return new Promise<string>((resolve) => { setTimeout(() => resolve(v), ms); });
}
Promise.race([after(20, "slow"), after(5, "fast"), after(10, "mid")]).then((v) => console.log("winner", v));
Promise.race([after(20, "slow"), Promise.reject(new Error("early"))]).catch((e: unknown) => console.log("race rejected", (e as Error).message));
