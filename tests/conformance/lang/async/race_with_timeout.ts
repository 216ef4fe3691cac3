// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// racing work against a timeout, both outcomes

function after<T>(ms: number, v: T): Promise<T> {
  return new Promise<T>((resolve) => { setTimeout(() => resolve(v), ms); });
}
function timeout(ms: number): Promise<string> {
  return new Promise<string>((_resolve, reject) => { setTimeout(() => reject(new Error(`timed out after ${ms}`)), ms); });
}
async function attempt(work: number, limit: number): Promise<string> {
  try {
    return await Promise.race([after(work, `finished in ${work}`), timeout(limit)]);
  } catch (e) {
    return (e as Error).message;
  }
}
async function main(): Promise<void> {
  console.log(await attempt(5, 60));
  console.log(await attempt(80, 10));
}
main();
