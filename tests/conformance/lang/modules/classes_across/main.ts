// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Classes, generics and closures spread over modules; helpers of the same name in two modules.
import { Animal, Dog } from './animals';
import { Cat, helper as catHelper } from './cats';
import { Stack, makeCounter, helper } from './containers';

const zoo: Animal[] = [new Dog('Rex'), new Cat('Tom', 3), new Dog('Fido')];
for (const a of zoo) console.log(a.speak(), a instanceof Dog, a instanceof Cat);
const s = new Stack<string>();
for (const a of zoo) s.push(a.name);
console.log(s.size(), s.pop(), s.peek());
const next = makeCounter(10);
next();
next();
console.log(next(), helper(), catHelper());
const nums = new Stack<number>();
nums.push(1.5);
nums.push(2.5);
console.log(nums.pop()! + nums.pop()!);
