// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: factories returning several closures over one private state, instances independent
interface Counter {
  inc: (by?: number) => number;
  dec: () => number;
  reset: () => void;
  history: () => string;
}
function makeCounter(start: number, step: number = 1): Counter {
  let value = start;
  const log: number[] = [];
  const record = (): number => {
    log.push(value);
    return value;
  };
  return {
    inc: (by?: number) => {
      value += by === undefined ? step : by;
      return record();
    },
    dec: () => {
      value -= step;
      return record();
    },
    reset: () => {
      value = start;
      log.length = 0;
    },
    history: () => log.join(">"),
  };
}
const a = makeCounter(0);
const b = makeCounter(100, 10);
console.log(a.inc(), a.inc(), a.inc(5), a.dec());
console.log(b.inc(), b.dec(), b.dec(), b.inc(1));
console.log(a.history(), "|", b.history());
a.reset();
console.log(a.history() === "", a.inc(), b.inc());
console.log(a.history(), "|", b.history());

function adders(n: number): ((x: number) => number)[] {
  const out: ((x: number) => number)[] = [];
  for (let i = 1; i <= n; i++) out.push((x) => x + i);
  return out;
}
const ad = adders(4);
let acc = 0;
for (const f of ad) {
  acc = f(acc);
  console.log("acc", acc);
}
const composed = ad.reduce((f, g) => (x: number) => g(f(x)), (x: number) => x);
console.log(composed(0), composed(100));
