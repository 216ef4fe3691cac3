// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: string-indexed record types used as dictionaries with Object.keys and entries
const scores: Record<string, number> = {};
const words = ["apple", "bob", "apple", "cat", "bob", "apple"];
for (const w of words) scores[w] = (scores[w] ?? 0) + 1;
console.log(Object.keys(scores).join(","));
console.log(Object.entries(scores).map(([k, v]) => k + "=" + v).join(" "));
console.log(Object.values(scores).reduce((a, b) => a + b, 0));
console.log("apple" in scores, "dog" in scores, scores["dog"]);
const order: { [k: string]: string } = { b: "1", a: "2", 10: "x", 2: "y" };
console.log(Object.keys(order).join(" "));
