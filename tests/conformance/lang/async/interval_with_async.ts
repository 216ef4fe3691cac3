// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an interval driving async work, stopped by its own callback after five ticks
let ticks = 0;
const results: number[] = [];
async function work(n: number): Promise<number> {
  await null;
  return n * n;
}
let stopped: () => void = () => {};
const finished = new Promise<void>((resolve) => { stopped = resolve; });
const iv = setInterval(() => {
  ticks++;
  work(ticks).then((v) => results.push(v));
  if (ticks === 5) {
    clearInterval(iv);
    stopped();
  }
}, 2);
async function report(): Promise<void> {
  await finished;
  console.log("ticks:", ticks);
  await null;
  await null;
  console.log("results:", results.join(","));
}
report();
