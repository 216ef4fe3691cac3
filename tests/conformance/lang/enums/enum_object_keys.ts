// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums as objects: keys, values and entries include a numeric enum's reverse mappings
enum Level { Low = 1, Mid, High = 10 }
enum Mixed { Zero, Name = "name", Ten = 10 }
enum Letters { A = "a", B = "b", C = "c" }
console.log(Object.keys(Level));
console.log(Object.values(Level));
console.log(Object.entries(Mixed));
console.log(Object.keys(Letters).join(), Object.values(Letters).join());
for (const [name, value] of Object.entries(Letters)) console.log(name, "->", value);
const names = Object.keys(Level).filter((k) => isNaN(Number(k)));
console.log(names);
