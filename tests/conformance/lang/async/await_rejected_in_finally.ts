// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// finally blocks run when an awaited promise rejects, and return overrides

async function risky(n: number): Promise<string> {
  try {
    if (n > 1) await Promise.reject(new Error("bad " + n));
    return "ok " + n;
  } finally {
    console.log("cleanup", n);
  }
}
async function overriding(): Promise<string> {
  try {
    await Promise.reject(new Error("lost"));
    return "never";
  } finally {
    return "from finally";
  }
}
risky(1).then((v) => console.log(v));
risky(2).catch((e: unknown) => console.log("rejected", (e as Error).message));
overriding().then((v) => console.log(v));
