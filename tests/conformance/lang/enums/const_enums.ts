// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: const enums are inlined; values usable in arithmetic, switch and arrays
const enum Flag {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
  All = Read | Write | Exec,
}
const enum Unit {
  Ms = "ms",
  S = "s",
}
function describe(f: number): string {
  const parts: string[] = [];
  if (f & Flag.Read) parts.push("r");
  if (f & Flag.Write) parts.push("w");
  if (f & Flag.Exec) parts.push("x");
  return parts.length ? parts.join("") : "-";
}
console.log(describe(Flag.None), describe(Flag.Read | Flag.Exec), describe(Flag.All), Flag.All);
let perms: number = Flag.Read;
perms |= Flag.Write;
perms &= ~Flag.Read;
console.log(describe(perms), perms);
const u: Unit = Unit.S;
console.log(u, Unit.Ms + "/" + Unit.S);
