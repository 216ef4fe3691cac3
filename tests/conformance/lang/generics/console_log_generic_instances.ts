// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: console.log prints instances of generic classes under the class name, with their fields
class Pair<A, B> {
  constructor(public first: A, public second: B) {}
}
class Wrapper<T> {
  label = "w";
  constructor(public inner: T) {}
}
console.log(new Pair(1, "x"));
console.log(new Pair(true, [1, 2]));
console.log(new Wrapper(new Pair("k", 0)));
console.log([new Wrapper(3), new Wrapper(4)]);
console.log(String(new Wrapper("s").inner), new Wrapper<number | undefined>(undefined));
