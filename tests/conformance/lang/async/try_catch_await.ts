// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// try/catch/finally around await

async function boom(msg: string): Promise<number> { await null; throw new Error(msg); }
async function safe(): Promise<number> {
  try {
    return await boom("first");
  } catch (e) {
    console.log("caught", (e as Error).message);
    return -1;
  } finally {
    console.log("finally runs");
  }
}
async function run(): Promise<void> {
  const v = await safe();
  console.log("v", v);
  try {
    await Promise.reject(new Error("direct"));
  } catch (e) {
    console.log("caught again", (e as Error).message);
  }
}
run().then(() => console.log("done"));
