// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Generic functions, async functions and timers exported from modules.
import { first, pairUp, Box } from './generic';
import { delay, collect, log } from './tasks';

console.log(first([3, 1, 2]), first(['z', 'y']), first<number>([]));
console.log(pairUp('a', 1).join('|'), new Box(5).map((n) => n * 2).get());

async function main(): Promise<void> {
  log('start');
  const results = await collect([30, 10, 20]);
  log(`results ${results.join(',')}`);
  await delay(5);
  log('done');
}

main().then(() => log('after main'));
log('sync end');
