// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: calling functions stored in array elements, object fields, Map values and nested structures
const steps: Array<(s: string) => string> = [(s) => s.trim(), (s) => s.toLowerCase(), (s) => s.replace("a", "4")];
let text = "  BANANA  ";
for (let i = 0; i < steps.length; i++) text = steps[i](text);
console.log(text, steps[1]("XY"));
const handlers = new Map<string, (n: number) => string>();
handlers.set("hex", (n) => n.toString(16));
handlers.set("bin", (n) => n.toString(2));
console.log(handlers.get("hex")!(255), handlers.get("bin")!(5));
const h = handlers.get("oct");
console.log(h === undefined ? "no oct" : h(8));
interface Plugin {
  name: string;
  run: (input: number) => number;
}
const plugins: Plugin[] = [
  { name: "inc", run: (x) => x + 1 },
  { name: "sq", run: (x) => x * x },
];
let v = 3;
for (const p of plugins) {
  v = p.run(v);
  console.log(p.name, v);
}
console.log(plugins[1].run(plugins[0].run(1)));
const grid: Array<Array<() => string>> = [[() => "a", () => "b"], [() => "c"]];
console.log(grid[0][1](), grid[1][0](), grid.map((row) => row.map((f) => f()).join("")).join("|"));
const holder = { inner: { fn: (a: number, b: number) => a * b } };
console.log(holder.inner.fn(6, 7));
