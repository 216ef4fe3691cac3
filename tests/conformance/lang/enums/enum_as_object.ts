// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: iterate a numeric enum object's keys, which include reverse mappings
enum Suit {
  Clubs,
  Diamonds,
  Hearts,
  Spades,
}
console.log(Object.keys(Suit).join(","));
console.log(Object.values(Suit).filter((v) => typeof v === "number").join(","));
enum Dir {
  Up = "U",
  Down = "D",
}
console.log(Object.keys(Dir).join(","), Object.values(Dir).join(","));
const deck: string[] = [];
for (let s = Suit.Clubs; s <= Suit.Spades; s++) deck.push(Suit[s][0] + s);
console.log(deck.join(" "));
