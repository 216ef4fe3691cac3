// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: id generators with reset and step, each with private state
interface IdGen {
  next(): string;
  reset(): void;
  setStep(s: number): void;
}
function makeIdGen(prefix: string): IdGen {
  let n: number = 0;
  let step: number = 1;
  return {
    next(): string {
      const id = prefix + n;
      n += step;
      return id;
    },
    reset(): void {
      n = 0;
    },
    setStep(s: number): void {
      step = s;
    },
  };
}
const a = makeIdGen("a");
const b = makeIdGen("b");
console.log(a.next(), a.next(), b.next(), a.next());
a.setStep(10);
console.log(a.next(), a.next(), b.next());
a.reset();
console.log(a.next(), b.next());
