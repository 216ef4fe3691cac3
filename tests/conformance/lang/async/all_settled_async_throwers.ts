// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// allSettled over async functions that throw before and after awaiting
async function early(): Promise<string> {
  throw new RangeError("early failure");
}
async function late(): Promise<string> {
  await null;
  await null;
  throw new TypeError("late failure");
}
async function fine(): Promise<string> {
  await Promise.resolve();
  return "fine";
}
async function main(): Promise<void> {
  const results = await Promise.allSettled([early(), late(), fine()]);
  for (const r of results) {
    if (r.status === "rejected") {
      const e: unknown = r.reason;
      if (e instanceof Error) console.log(r.status, e.name, e.message);
    } else {
      console.log(r.status, r.value);
    }
  }
  console.log(results.map((r) => r.status));
}
main();
