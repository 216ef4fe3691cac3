// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// numeric and string enums: auto-increment, explicit values, reverse mapping, const enums
enum Color {
  Red,
  Green,
  Blue = 10,
  Cyan,
}
enum Dir {
  Up = "UP",
  Down = "DOWN",
}
const enum Flags {
  None = 0,
  A = 1 << 0,
  B = 1 << 1,
  AB = A | B,
}
console.log(Color.Red, Color.Green, Color.Blue, Color.Cyan, Color[10], Color[Color.Cyan]);
console.log(Dir.Up, Dir.Down);
function move(d: Dir): string {
  return d === Dir.Up ? "going up" : "going down";
}
console.log(move(Dir.Up), move(Dir.Down));
let f: Flags = Flags.A;
f |= Flags.B;
console.log(f, f === Flags.AB, (f & Flags.B) !== 0, Flags.None);
for (const k of Object.keys(Color)) console.log(k);
