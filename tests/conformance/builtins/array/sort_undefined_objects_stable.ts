// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sorting (Item | undefined)[] by a key keeps equal keys in order and all undefined entries at the end
interface Item { name: string; rank: number }
const items: (Item | undefined)[] = [
  { name: "c", rank: 2 }, undefined, { name: "a", rank: 1 }, { name: "d", rank: 2 },
  undefined, { name: "b", rank: 1 }, { name: "e", rank: 0 },
];
items.sort((p, q) => (p as Item).rank - (q as Item).rank);
console.log(items.map((i) => (i === undefined ? "-" : i.name + i.rank)).join(" "));
const byName = items.slice().sort((p, q) => ((p as Item).name < (q as Item).name ? 1 : -1));
console.log(byName.map((i) => (i ? i.name : "undef")).join(","));
console.log(items.filter((i) => i === undefined).length, items.length);
