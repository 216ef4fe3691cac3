// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: console.log formatting of Maps, nested Maps and empty Maps
console.log(new Map());
console.log(new Map<string, number>([["a", 1], ["b", 2]]));
console.log(new Map<number, string[]>([[1, ["x"]]]));
console.log(new Map<string, Map<string, number>>([["outer", new Map([["inner", 1]])]]));
console.log([new Map([[1, 2]])], { m: new Map([["k", true]]) });
