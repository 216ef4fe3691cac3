// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// timers on the platform clock: ordering, and elapsed time at least the delay and not grossly more
const start = performance.now();
const fired: string[] = [];

function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => { setTimeout(() => resolve(), ms); });
}

function check(what: string, ms: number, elapsed: number): void {
  const ok = elapsed >= ms - 1 && elapsed < ms + 250;
  console.log(`${what}: ${ok ? 'in range' : `OUT OF RANGE (${elapsed} ms for ${ms})`}`);
}

setTimeout(() => { fired.push('50'); check('timeout 50', 50, performance.now() - start); }, 50);
setTimeout(() => { fired.push('10'); check('timeout 10', 10, performance.now() - start); }, 10);
Promise.resolve().then(() => fired.push('micro'));

async function main(): Promise<void> {
  const t0 = performance.now();
  await sleep(30);
  check('await sleep 30', 30, performance.now() - t0);
  let n = 0;
  await new Promise<void>((resolve) => {
    const t = setInterval(() => {
      n++;
      if (n === 3) { clearInterval(t); resolve(); }
    }, 20);
  });
  check('interval 3 x 20', 60, performance.now() - t0 - 30);
  console.log(fired.join(','));
}
main().then(() => console.log('done'));
