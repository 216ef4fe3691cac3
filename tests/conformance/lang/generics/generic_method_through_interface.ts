// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic method declared by an interface and an abstract class, implemented by several classes
interface Transformer {
  apply<T>(xs: T[]): T[];
  name(): string;
}
class Reverse implements Transformer {
  apply<T>(xs: T[]): T[] {
    const out: T[] = [];
    for (let i = xs.length - 1; i >= 0; i--) out.push(xs[i]);
    return out;
  }
  name(): string {
    return "reverse";
  }
}
class EveryOther implements Transformer {
  apply<T>(xs: T[]): T[] {
    return xs.filter((_, i) => i % 2 === 0);
  }
  name(): string {
    return "every-other";
  }
}
const ts: Transformer[] = [new Reverse(), new EveryOther()];
for (const t of ts) console.log(t.name(), t.apply([1, 2, 3, 4, 5]).join(","), t.apply(["a", "b", "c"]).join(""));
abstract class Reducer {
  abstract combine<T>(a: T, b: T, pickFirst: boolean): T;
  run(): string {
    return this.combine(1, 2, true) + "/" + this.combine("x", "y", false);
  }
}
class Picker extends Reducer {
  combine<T>(a: T, b: T, pickFirst: boolean): T {
    return pickFirst ? a : b;
  }
}
console.log(new Picker().run());
