// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: String(), templates and + on unions holding objects call the class's own toString
class Money { constructor(public cents: number) {} toString(): string { return "$" + this.cents; } }
const ms = [new Money(1)];
const m: Money | undefined = ms.length > 0 ? ms[0] : undefined;
console.log(String(m), `${m}`);
class Euro { constructor(public c: number) {} toString(): string { return "€" + this.c; } }
const u: Money | Euro = ms.length > 5 ? new Money(2) : new Euro(3);
console.log(String(u), `${u}`, "x" + u);
const v: Money | string | null = ms.length > 0 ? new Money(4) : null;
console.log(`${v}`, String(v), String(null as Money | null), String([1, 2] as number[] | undefined));
