// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// allSettled results passed to functions, filtered and mapped, with typed helpers
function summarize(results: PromiseSettledResult<number>[]): string {
  const ok = results.filter((r): r is PromiseFulfilledResult<number> => r.status === "fulfilled");
  const bad = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  const sum = ok.reduce((acc, r) => acc + r.value, 0);
  return `${ok.length} ok (sum ${sum}), ${bad.length} failed`;
}
function firstFailure(results: PromiseSettledResult<number>[]): string {
  for (const r of results) if (r.status === "rejected") return String(r.reason);
  return "none";
}
async function compute(n: number): Promise<number> {
  if (n % 3 === 0) throw `bad input ${n}`;
  return n * n;
}
async function main(): Promise<void> {
  const inputs = [1, 2, 3, 4, 5, 6, 7];
  const results = await Promise.allSettled(inputs.map(compute));
  console.log(summarize(results));
  console.log(firstFailure(results));
  const values = results.map((r) => (r.status === "fulfilled" ? r.value : -1));
  console.log(values);
  const none = await Promise.allSettled([compute(1), compute(2)]);
  console.log(summarize(none), firstFailure(none));
  const last = results[results.length - 1];
  console.log(last.status, last);
}
main();
