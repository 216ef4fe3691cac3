// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: object spread merges left to right, later keys win, and keeps first-seen key order
const base = { a: 1, b: 2, c: 3 };
const over = { b: 20, d: 4 };
console.log({ ...base, ...over });
console.log({ ...over, ...base });
console.log({ z: 0, ...base, a: 100 });
const withUndef = { ...base, c: undefined };
console.log(withUndef, "c" in withUndef);
interface User {
  id: number;
  name: string;
  admin?: boolean;
}
const u: User = { id: 1, name: "x" };
const promoted: User = { ...u, admin: true };
console.log(u, promoted);
class Pt {
  constructor(public x: number, public y: number) {}
  norm(): number {
    return this.x + this.y;
  }
}
const plain = { ...new Pt(1, 2) };
console.log(plain, plain instanceof Pt);
