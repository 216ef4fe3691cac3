// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: instanceof narrowing on unions of classes, including Error subclasses and arrays
class Fish {
  swim(): string {
    return "swims";
  }
}
class Bird {
  fly(): string {
    return "flies";
  }
}
class Penguin extends Bird {
  fly(): string {
    return "cannot fly";
  }
}
function act(a: Fish | Bird | string[] | Error): string {
  if (a instanceof Fish) return a.swim();
  if (a instanceof Penguin) return "penguin " + a.fly();
  if (a instanceof Bird) return a.fly();
  if (a instanceof Array) return "list " + a.join("+");
  return "error " + a.message;
}
const xs: Array<Fish | Bird | string[] | Error> = [new Fish(), new Bird(), new Penguin(), ["a", "b"], new TypeError("t")];
console.log(xs.map(act).join("; "));
