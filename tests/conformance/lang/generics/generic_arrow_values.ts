// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: generic arrow functions and function expressions whose type parameters appear bare
const identity = <T,>(x: T): T => x;
const choose = function <A, B>(useFirst: boolean, a: A, b: B): A | B {
  return useFirst ? a : b;
};
const orDefault = <T,>(x: T | undefined, d: T): T => (x === undefined ? d : x);
console.log(identity(42), identity("s"), identity(false), identity(null));
console.log(choose(true, 1, "one"), choose(false, 1, "one"));
let maybe: number | undefined;
console.log(orDefault(maybe, 10));
maybe = 3;
console.log(orDefault(maybe, 10), orDefault<string>(undefined, "dflt"));
const same = <T,>(a: T, b: T): boolean => a === b;
console.log(same(1, 1), same("a", "b"), same<number | string>(1, "1"));
