// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %s calls a program toString (class method, inherited, overridden, object literal method, arrow field) and inspects otherwise
class Plain { a = 1; }
class Named { constructor(public n: string) {} toString(): string { return "<" + this.n + ">"; } }
class Sub extends Named { }
class Over extends Named { toString(): string { return "over:" + super.toString(); } }
class Arrow { v = 7; toString = (): string => "arrow" + this.v; }
const lit = { k: 2, toString(): string { return "lit" + this.k; } };
const plainLit = { k: 3 };
console.log("%s %s %s %s", new Plain(), new Named("x"), new Sub("y"), new Over("z"));
console.log("[%s] [%s] [%s]", new Arrow(), lit, plainLit);
console.log("%s", new Named("a"), new Named("b"));
console.log("%s%%%s", new Sub("p"), 5);
const many: Named[] = [new Named("1"), new Sub("2")];
for (const m of many) console.log("item %s!", m);
