// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a typed event emitter storing listener closures of T, instantiated for several payloads
class Emitter<T> {
  private listeners: ((x: T) => void)[] = [];
  private fired = 0;
  on(f: (x: T) => void): () => void {
    this.listeners.push(f);
    return () => {
      this.listeners = this.listeners.filter((g) => g !== f);
    };
  }
  emit(x: T): number {
    this.fired++;
    for (const f of this.listeners) f(x);
    return this.listeners.length;
  }
  get count(): number {
    return this.fired;
  }
}
const log: string[] = [];
const numbers = new Emitter<number>();
const off = numbers.on((n) => log.push("a" + n * 2));
numbers.on((n) => log.push("b" + (n + 1)));
console.log(numbers.emit(1), numbers.emit(2));
off();
console.log(numbers.emit(3), numbers.count, log.join(" "));
const named = new Emitter<{ name: string; score: number }>();
let best = "";
let bestScore = -1;
named.on((p) => {
  if (p.score > bestScore) {
    bestScore = p.score;
    best = p.name;
  }
});
named.emit({ name: "ann", score: 3 });
named.emit({ name: "bo", score: 9 });
named.emit({ name: "cy", score: 5 });
console.log(best, bestScore, named.count);
const flags = new Emitter<boolean>();
let trues = 0;
flags.on((b) => {
  if (b) trues++;
});
for (const b of [true, false, true, true]) flags.emit(b);
console.log(trues);
