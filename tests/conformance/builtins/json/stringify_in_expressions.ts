// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify results used as strings: concatenation, templates, length and comparison
const p = { x: 1, y: [2, 3] };
const text = JSON.stringify(p);
console.log("p=" + text, `len ${text.length}`, text === '{"x":1,"y":[2,3]}');
console.log(text.toUpperCase(), text.indexOf("y"), text.split(",").length);
const parts: string[] = [];
for (const v of [1, "a", true, null]) parts.push(JSON.stringify(v));
console.log(parts.join("|"));
console.log(JSON.stringify(JSON.stringify(p)));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1));
