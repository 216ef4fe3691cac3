// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.allSettled settles one tick after its last input, like Node
const log: string[] = [];
let tick = 0;
function ticker(n: number): void {
  if (n === 0) return;
  queueMicrotask(() => {
    tick++;
    log.push("tick " + tick);
    ticker(n - 1);
  });
}
ticker(8);
Promise.allSettled([Promise.resolve(1), Promise.reject(2)]).then((r) => log.push("settled " + r.length));
Promise.all([Promise.resolve(1), Promise.resolve(2)]).then((r) => log.push("all " + r.length));
Promise.any([Promise.reject(1), Promise.resolve(2)]).then((v) => log.push("any " + v));
Promise.race([Promise.resolve(7), Promise.resolve(8)]).then((v) => log.push("race " + v));
const slow = Promise.resolve(1).then((v) => v + 1).then((v) => v + 1);
Promise.allSettled([slow, Promise.resolve(0)]).then(() => log.push("settled after chain"));
setTimeout(() => console.log(log.join("\n")), 0);
