// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: methods bound to their object with bind keep this, and dispatch on the object's class
abstract class Animal {
  constructor(protected name: string) {}
  abstract sound(): string;
  speak(times: number): string {
    let s = "";
    for (let i = 0; i < times; i++) s += this.sound();
    return this.name + ": " + s;
  }
}
class Dog extends Animal {
  sound(): string {
    return "woof ";
  }
}
class Cat extends Animal {
  sound(): string {
    return "meow ";
  }
  speak(times: number): string {
    return "(cat) " + super.speak(times);
  }
}
const animals: Animal[] = [new Dog("rex"), new Cat("tom")];
const speakers: Array<(n: number) => string> = animals.map((a) => a.speak.bind(a));
console.log(speakers.map((s) => s(2)).join(" | "));
class Account {
  private balance = 0;
  private history: string[] = [];
  deposit(n: number): number {
    this.balance += n;
    this.history.push("+" + n);
    return this.balance;
  }
  report(): string {
    return this.history.join(",") + " = " + this.balance;
  }
  depositor(): (n: number) => number {
    return this.deposit.bind(this);
  }
}
const acc = new Account();
const dep = acc.depositor();
[10, 20, 5].forEach(dep);
const rep = acc.report.bind(acc);
console.log(rep(), dep(1), rep());
const b1 = acc.report.bind(acc);
console.log(b1 === rep, typeof b1, b1);
