// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// combinators nested inside each other and awaited
function delay<T>(ms: number, v: T): Promise<T> {
  return new Promise<T>((resolve) => setTimeout(() => resolve(v), ms));
}
function failIn(ms: number, why: string): Promise<number> {
  return new Promise<number>((_r, reject) => setTimeout(() => reject(why), ms));
}
async function main(): Promise<void> {
  const fastest = await Promise.race([Promise.all([delay(5, 1), delay(6, 2)]), Promise.all([delay(1, 3), delay(20, 4)])]);
  console.log("race of alls:", fastest);
  const anyOfAll = await Promise.any([Promise.all([delay(2, 1), failIn(3, "x")]), Promise.all([delay(8, 5), delay(9, 6)])]);
  console.log("any of alls:", anyOfAll);
  const settledAnys = await Promise.allSettled([Promise.any([failIn(1, "a"), delay(4, 7)]), Promise.any([failIn(1, "b"), failIn(2, "c")])]);
  console.log(settledAnys.map((s) => s.status));
  const r = settledAnys[1];
  if (r.status === "rejected") console.log((r.reason as AggregateError).errors);
  const allOfSettled = await Promise.all([Promise.allSettled([failIn(1, "q")]), Promise.allSettled([delay(1, 9)])]);
  console.log(allOfSettled);
}
main();
