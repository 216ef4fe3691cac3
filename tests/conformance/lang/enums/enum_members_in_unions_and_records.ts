// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: enum member subsets as union types, narrowing by equality, Record keyed by enum, iteration of enum values
enum Suit {
  Clubs,
  Diamonds,
  Hearts,
  Spades,
}
enum Color {
  Red = "red",
  Black = "black",
}
type RedSuit = Suit.Diamonds | Suit.Hearts;
function isRed(s: Suit): s is RedSuit {
  return s === Suit.Diamonds || s === Suit.Hearts;
}
function colorOf(s: Suit): Color {
  return isRed(s) ? Color.Red : Color.Black;
}
const symbols: Record<Suit, string> = {
  [Suit.Clubs]: "C",
  [Suit.Diamonds]: "D",
  [Suit.Hearts]: "H",
  [Suit.Spades]: "S",
};
const counts: Record<Color, number> = { [Color.Red]: 0, [Color.Black]: 0 };
const suits: Suit[] = [Suit.Spades, Suit.Hearts, Suit.Hearts, Suit.Clubs, Suit.Diamonds, Suit.Spades, Suit.Spades];
for (const s of suits) {
  counts[colorOf(s)]++;
  let rank: number;
  if (s === Suit.Spades) rank = 4;
  else if (isRed(s)) rank = s === Suit.Hearts ? 3 : 2;
  else rank = 1;
  console.log(Suit[s], symbols[s], colorOf(s), rank);
}
console.log(counts[Color.Red], counts[Color.Black], Object.keys(counts).join(","));
const allSuits = Object.values(Suit).filter((v): v is Suit => typeof v === "number");
console.log(allSuits.join(","), allSuits.map((s) => symbols[s]).join(""));
const byColor = new Map<Color, Suit[]>();
for (const s of allSuits) {
  const c = colorOf(s);
  const list = byColor.get(c) ?? [];
  list.push(s);
  byColor.set(c, list);
}
for (const [c, l] of byColor) console.log(c, l.map((s) => Suit[s]).join("+"));
