// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: Record keyed by enums, read with an enum-typed key
enum Suit { Hearts, Spades, Clubs }
enum Dir { Up = "up", Down = "down" }
const points: Record<Suit, number> = { [Suit.Hearts]: 1, [Suit.Spades]: 2, [Suit.Clubs]: 3 };
const moves: Record<Dir, number> = { [Dir.Up]: 0, [Dir.Down]: 0 };
const hand: Suit[] = [Suit.Clubs, Suit.Hearts, Suit.Clubs, Suit.Spades];
let total = 0;
for (const s of hand) total += points[s];
console.log(total, points);
for (const d of [Dir.Up, Dir.Up, Dir.Down]) moves[d] += 1;
console.log(moves, Object.keys(moves));
