// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an async function returning a rejected promise, and a then callback returning one: ticks and reasons
const out: string[] = [];
async function returnsRejected(): Promise<number> {
  return Promise.reject("from async");
}
async function throws(): Promise<number> {
  throw "thrown directly";
}
returnsRejected().catch((r: unknown) => out.push(`1 ${r}`));
throws().catch((r: unknown) => out.push(`2 ${r}`));
Promise.resolve(0)
  .then(() => Promise.reject("from then"))
  .catch((r: unknown) => out.push(`3 ${r}`));
Promise.resolve(0)
  .then(() => {
    throw "thrown in then";
  })
  .catch((r: unknown) => out.push(`4 ${r}`));
new Promise<number>((resolve) => resolve(Promise.reject("resolved with rejected"))).catch((r: unknown) => out.push(`5 ${r}`));
let t = 0;
const tick = (): void => {
  if (t++ < 6) {
    out.push(`tick ${t}`);
    queueMicrotask(tick);
  }
};
queueMicrotask(tick);
setTimeout(() => console.log(out.join("\n")), 0);
