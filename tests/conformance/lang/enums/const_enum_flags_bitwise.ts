// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: const enum bit flags combined with | & ~ ^, members defined from other members and shifts
const enum Perm {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
  ReadWrite = Read | Write,
  All = Read | Write | Exec,
}
const enum Size {
  Small = 10,
  Medium = Small * 2,
  Large = Medium + Small,
  Huge = Large ** 2,
}
function fmt(p: number): string {
  let s = "";
  s += p & Perm.Read ? "r" : "-";
  s += p & Perm.Write ? "w" : "-";
  s += p & Perm.Exec ? "x" : "-";
  return s;
}
const perms: number[] = [Perm.None, Perm.Read, Perm.ReadWrite, Perm.All, Perm.All & ~Perm.Write, Perm.Exec | Perm.Read];
for (const p of perms) console.log(p, fmt(p), (p & Perm.ReadWrite) === Perm.ReadWrite);
let p: number = Perm.None;
p |= Perm.Exec;
p ^= Perm.Read;
console.log(fmt(p), p);
p ^= Perm.Read;
console.log(fmt(p), p);
console.log(Size.Small, Size.Medium, Size.Large, Size.Huge);
function sizeName(s: Size): string {
  switch (s) {
    case Size.Small: return "S";
    case Size.Medium: return "M";
    case Size.Large: return "L";
    case Size.Huge: return "XXL";
  }
}
console.log([Size.Huge, Size.Small, Size.Large, Size.Medium].map(sizeName).join(""));
