// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: arrow functions in methods and arrow fields capture this; listeners mutate instance state
class Emitter {
  private handlers: ((v: number) => void)[] = [];
  on(h: (v: number) => void): () => void {
    this.handlers.push(h);
    return () => {
      const i = this.handlers.indexOf(h);
      if (i >= 0) this.handlers.splice(i, 1);
    };
  }
  emit(v: number): number {
    for (const h of this.handlers.slice()) h(v);
    return this.handlers.length;
  }
}
class Tally {
  total = 0;
  seen: number[] = [];
  name: string;
  constructor(name: string) {
    this.name = name;
  }
  readonly add = (v: number): void => {
    this.total += v;
    this.seen.push(v);
  };
  attach(e: Emitter, limit: number): () => void {
    let count = 0;
    const off = e.on((v) => {
      count++;
      this.add(v * count);
      if (count >= limit) off();
    });
    return off;
  }
  report(): string {
    return `${this.name}: total=${this.total} seen=[${this.seen.join(",")}]`;
  }
}
const e = new Emitter();
const a = new Tally("a");
const b = new Tally("b");
a.attach(e, 2);
const offB = b.attach(e, 10);
e.on(a.add);
console.log(e.emit(1));
console.log(e.emit(2));
console.log(e.emit(3));
offB();
console.log(e.emit(4));
console.log(a.report());
console.log(b.report());
