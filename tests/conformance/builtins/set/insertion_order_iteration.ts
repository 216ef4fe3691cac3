// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Set: insertion order, re-adding does not move an element, delete then add moves it
const s = new Set(["c", "a", "b"]);
s.add("a");
console.log([...s].join(""));
s.delete("c");
s.add("c");
console.log([...s].join(""), [...s.keys()].join(""), [...s.values()].join(""));
console.log([...s.entries()].map(([a, b]) => a + b).join(" "));
s.forEach((v, k, set) => console.log(v, k, set === s));
