// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic interface implemented by generic and concrete classes, called through the interface
interface Source<T> {
  next(): T | undefined;
  remaining(): number;
}
class ArraySource<T> implements Source<T> {
  private i = 0;
  constructor(private readonly xs: T[]) {}
  next(): T | undefined {
    return this.i < this.xs.length ? this.xs[this.i++] : undefined;
  }
  remaining(): number {
    return this.xs.length - this.i;
  }
}
class Countdown implements Source<number> {
  constructor(private n: number) {}
  next(): number | undefined {
    return this.n > 0 ? this.n-- : undefined;
  }
  remaining(): number {
    return this.n;
  }
}
function drain(s: Source<number>): string {
  const out: number[] = [];
  for (let x = s.next(); x !== undefined; x = s.next()) out.push(x);
  return out.join(",");
}
const sources: Source<number>[] = [new ArraySource([4, 5, 6]), new Countdown(3)];
console.log(sources.map((s) => s.remaining()).join(" "), sources.map((s) => drain(s)).join(" | "), sources.map((s) => s.remaining()).join(" "));
const words: Source<string> = new ArraySource(["x", "y"]);
console.log(words.next(), words.remaining(), words.next(), words.next());
