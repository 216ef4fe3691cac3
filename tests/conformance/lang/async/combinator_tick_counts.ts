// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// how many microtask ticks each combinator takes, against a ticker, for settled and chained inputs
const events: string[] = [];
let tick = 0;
function ticker(n: number): void {
  if (n === 0) return;
  queueMicrotask(() => {
    tick++;
    events.push(`-- ${tick}`);
    ticker(n - 1);
  });
}
ticker(10);
const chained = (n: number): Promise<number> => {
  let p = Promise.resolve(0);
  for (let i = 0; i < n; i++) p = p.then((v) => v + 1);
  return p;
};
Promise.all([chained(3), chained(1)]).then((v) => events.push(`all ${v}`));
Promise.race([chained(3), chained(1)]).then((v) => events.push(`race ${v}`));
Promise.any([chained(2), Promise.reject(0)]).then((v) => events.push(`any ${v}`));
Promise.allSettled([chained(2), Promise.reject(0)]).then((v) => events.push(`allSettled ${v.length}`));
Promise.all([chained(0), Promise.reject("x")]).catch((r: unknown) => events.push(`all rejected ${r}`));
Promise.race([chained(2), Promise.reject("y")]).catch((r: unknown) => events.push(`race rejected ${r}`));
async function awaited(): Promise<void> {
  const v = await Promise.all([chained(1)]);
  events.push(`await all ${v}`);
  const w = await Promise.any([chained(1)]);
  events.push(`await any ${w}`);
}
awaited();
setTimeout(() => {
  for (const e of events) console.log(e);
}, 0);
