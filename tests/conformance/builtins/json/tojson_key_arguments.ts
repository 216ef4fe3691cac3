// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: toJSON receives the property name, the array index as a string, or empty string at top level; nested in indentation
class K {
  constructor(readonly tag: string) {}
  toJSON(key: string): string { return `${this.tag}@${JSON.stringify(key)}`; }
}
class Outer { a = new K("a"); list = [new K("x"), new K("y")]; 7 = new K("seven"); inner = { deep: new K("d") }; }
console.log(JSON.stringify(new K("top")));
console.log(JSON.stringify([new K("i0"), [new K("i1")]]));
console.log(JSON.stringify(new Outer()));
console.log(JSON.stringify(new Outer(), null, 2));
console.log(JSON.stringify({ "": new K("empty"), "with space": new K("sp") }));
console.log(JSON.stringify(new Outer(), ["list", "inner", "deep"]));
