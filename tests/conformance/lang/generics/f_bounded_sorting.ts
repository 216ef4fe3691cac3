// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: F-bounded constraints (T extends Comparable<T>) with several implementing classes
interface Comparable<T> { compareTo(other: T): number }
class Money implements Comparable<Money> {
  constructor(public cents: number) {}
  compareTo(o: Money): number { return this.cents - o.cents; }
  toString(): string { return "$" + (this.cents / 100).toFixed(2); }
}
class Version implements Comparable<Version> {
  constructor(public major: number, public minor: number) {}
  compareTo(o: Version): number { return this.major !== o.major ? this.major - o.major : this.minor - o.minor; }
}
function maxOf<T extends Comparable<T>>(xs: T[]): T | undefined {
  let m: T | undefined;
  for (const x of xs) if (m === undefined || x.compareTo(m) > 0) m = x;
  return m;
}
function sorted<T extends Comparable<T>>(xs: T[]): T[] {
  return [...xs].sort((a, b) => a.compareTo(b));
}
function between<T extends Comparable<T>>(x: T, lo: T, hi: T): boolean { return x.compareTo(lo) >= 0 && x.compareTo(hi) <= 0; }
const ms = [new Money(300), new Money(30), new Money(7000)];
console.log(String(maxOf(ms)), sorted(ms).map((m) => m.toString()).join(" "));
const vs = [new Version(1, 4), new Version(2, 0), new Version(1, 10)];
console.log(maxOf(vs), sorted(vs));
console.log(between(new Version(1, 5), vs[0], vs[1]), between(new Money(1), ms[0], ms[1]));
console.log(maxOf<Money>([]));
