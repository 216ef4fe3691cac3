// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: an immediately invoked function expression creates private module state
const counter = (function () {
  let value: number = 0;
  function change(by: number): void {
    value += by;
  }
  return {
    inc: (): void => change(1),
    dec: (): void => change(-1),
    get: (): number => value,
  };
})();
counter.inc();
counter.inc();
counter.dec();
counter.inc();
console.log(counter.get());
const squares = ((n: number): number[] => {
  const out: number[] = [];
  for (let i = 1; i <= n; i++) out.push(i * i);
  return out;
})(6);
console.log(squares.join(","));
