// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: an F-bounded constraint `T extends Comparable<T>` over a class implementing Comparable<Money>
interface Comparable<T> { compareTo(other: T): number }
class Money implements Comparable<Money> {
  constructor(public cents: number) {}
  compareTo(o: Money): number { return this.cents - o.cents; }
}
function maxOf<T extends Comparable<T>>(xs: T[]): T | undefined {
  let m: T | undefined;
  for (const x of xs) if (m === undefined || x.compareTo(m) > 0) m = x;
  return m;
}
console.log(maxOf([new Money(3), new Money(30), new Money(7)]));
