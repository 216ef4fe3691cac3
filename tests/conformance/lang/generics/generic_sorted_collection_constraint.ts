// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a sorted collection constrained to an Ordered interface (numeric sort key), with binary search, range queries and a generic subclass
interface Ordered { rank(): number; show(): string }
class Version implements Ordered {
  constructor(public major: number, public minor: number, public patch: number) {}
  rank(): number { return this.major * 1e6 + this.minor * 1e3 + this.patch; }
  show(): string { return `${this.major}.${this.minor}.${this.patch}`; }
  static parse(s: string): Version {
    const [a = 0, b = 0, c = 0]: number[] = s.split(".").map((p) => Number(p));
    return new Version(a, b, c);
  }
}
class Money implements Ordered {
  constructor(public cents: number, public cur: string) {}
  rank(): number { return this.cents; }
  show(): string { return `${(this.cents / 100).toFixed(2)} ${this.cur}`; }
}
class SortedList<T extends Ordered> {
  protected items: T[] = [];
  private lowerBound(x: T): number {
    let lo = 0, hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid].rank() - x.rank()) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  insert(x: T): number {
    const i = this.lowerBound(x);
    this.items.splice(i, 0, x);
    return i;
  }
  contains(x: T): boolean {
    const i = this.lowerBound(x);
    return i < this.items.length && (this.items[i].rank() - x.rank()) === 0;
  }
  between(lo: T, hi: T): T[] {
    return this.items.slice(this.lowerBound(lo)).filter((x) => (x.rank() - hi.rank()) <= 0);
  }
  min(): T | undefined { return this.items.length ? this.items[0] : undefined; }
  max(): T | undefined { return this.items.length ? this.items[this.items.length - 1] : undefined; }
  show(): string { return "[" + this.items.map((x) => x.show()).join(", ") + "]"; }
  get length(): number { return this.items.length; }
}
class UniqueSortedList<T extends Ordered> extends SortedList<T> {
  rejected = 0;
  insert(x: T): number {
    if (this.contains(x)) { this.rejected++; return -1; }
    return super.insert(x);
  }
}
const versions = new SortedList<Version>();
for (const s of ["1.2.3", "0.9", "1.10.0", "1.2", "2", "1.2.3", "0.0.1"]) {
  console.log(s, "->", versions.insert(Version.parse(s)));
}
console.log(versions.show(), versions.length);
console.log(versions.contains(Version.parse("1.2.0")), versions.contains(Version.parse("1.2.4")));
console.log(versions.between(Version.parse("1"), Version.parse("1.9")).map((v) => v.show()));
console.log(versions.min()?.show(), versions.max()?.show());
const wallet = new UniqueSortedList<Money>();
for (const c of [500, 125, 500, 99, 125, 10000]) wallet.insert(new Money(c, "EUR"));
console.log(wallet.show(), wallet.rejected, wallet.length);
const empty = new UniqueSortedList<Version>();
console.log(empty.min()?.show() ?? "none", empty.max() === undefined, empty.show(), empty.between(Version.parse("0"), Version.parse("9")));
function maxOf<T extends Ordered>(xs: T[]): T | undefined {
  return xs.reduce<T | undefined>((m, x) => (m === undefined || (x.rank() - m.rank()) > 0 ? x : m), undefined);
}
console.log(maxOf([new Money(3, "x"), new Money(30, "y"), new Money(7, "z")])?.show(), maxOf<Money>([])?.show());
console.log(versions instanceof SortedList, wallet instanceof SortedList, wallet instanceof UniqueSortedList);
