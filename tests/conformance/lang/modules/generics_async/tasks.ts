// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Async helpers over timers, with a module-level log counter.
let line = 0;

export function log(s: string): void {
  console.log(`${++line} ${s}`);
}

export function delay(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(() => resolve(), ms);
  });
}

export async function collect(delays: number[]): Promise<number[]> {
  const out: number[] = [];
  await Promise.all(delays.map(async (ms) => {
    await delay(ms);
    out.push(ms);
    log(`waited ${ms}`);
  }));
  return out;
}
