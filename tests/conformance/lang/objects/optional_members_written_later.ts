// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// optional members a literal lacks: written later in any order, printed in write order, tested with in
interface Opts { name: string; a?: number; b?: string; c?: boolean }
const o: Opts = { name: "o" };
console.log(o, "a" in o, "b" in o, o.a, o.b);
o.c = false;
o.a = 1;
console.log(o, "a" in o, "c" in o, "b" in o);
o.a = 2;
o.b = undefined;
console.log(o, "b" in o, o.b === undefined);
const p: Opts = { name: "p", b: "given" };
p.a = 5;
console.log(p);
const describe = (x: Opts): string => `${x.name}:${x.a ?? "-"}:${x.b ?? "-"}:${x.c ?? "-"}`;
console.log(describe(o), describe(p), describe({ name: "q", c: true }));
