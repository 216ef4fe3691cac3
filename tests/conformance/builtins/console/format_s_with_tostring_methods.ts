// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s on plain class instances and on containers of instances with a toString, and String()/template conversions calling toString
class Plain {
  v = 1;
}
class Named {
  constructor(public name: string) {}
  toString(): string {
    return "Named(" + this.name + ")";
  }
}
class Child extends Named {
  extra = true;
}
const n = new Named("n1");
console.log("%s", new Plain());
console.log("%s|%s", [n], { n });
console.log(String(n), `${n}`, "" + n, [n, n].join(" & "));
console.log(n, new Child("c2"));
console.log("%d %i %f", n, new Plain(), [3]);
console.log("%j", n);
