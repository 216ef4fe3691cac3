// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: type parameters bounded by an abstract class; subclass instances passed generically
abstract class Animal {
  constructor(public name: string) {}
  abstract sound(): string;
}
class Cat extends Animal {
  sound(): string {
    return "meow";
  }
  purr(): string {
    return "prr";
  }
}
class Cow extends Animal {
  sound(): string {
    return "moo";
  }
}
function loudest<T extends Animal>(xs: T[]): T {
  let best = xs[0];
  for (const x of xs) if (x.sound().length > best.sound().length) best = x;
  return best;
}
const cats = [new Cat("tom"), new Cat("kit")];
const c = loudest(cats);
console.log(c.name, c.purr());
const mixed: Animal[] = [new Cow("bess"), ...cats];
console.log(loudest(mixed).name);
function chorus<T extends Animal>(xs: T[], times: number): string {
  return xs.map((x) => x.name + ":" + x.sound().repeat(times)).join(" ");
}
console.log(chorus(mixed, 2));
