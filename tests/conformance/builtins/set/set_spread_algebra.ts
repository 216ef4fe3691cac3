// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: union, intersection, difference and symmetric difference via spread, filter and Array.from
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter((x) => b.has(x)));
const diff = new Set([...a].filter((x) => !b.has(x)));
const sym = new Set([...diff, ...[...b].filter((x) => !a.has(x))]);
console.log(union, inter, diff, sym);
console.log([...union].reduce((s, x) => s + x, 0), Array.from(inter, (x) => x * x));
const chars = new Set("mississippi");
console.log(chars, [...chars].join(""), chars.size);
const emoji = new Set("😀😀a😀");
console.log(emoji.size, [...emoji]);
console.log(new Set(new Set([1, 1, 2])).size, [...new Set([3, 1, 3]).entries()]);
