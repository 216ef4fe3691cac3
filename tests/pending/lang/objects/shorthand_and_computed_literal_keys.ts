// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: shorthand properties, string-literal keys and numeric keys in object literals
const x = 1;
const y = "two";
const o = { x, y, "with space": true, 3: "three" };
console.log(o.x, o.y, o["with space"], o[3]);
function make(name: string, age: number): { name: string; age: number } {
  return { name, age };
}
const m = make("zed", 30);
console.log(m.name, m.age);
const key = "dyn" as const;
const c = { [key]: 42, ["lit" + "eral"]: 1 };
console.log(c.dyn, Object.keys(c).join(","));
