// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: block-scoped function declarations and lets shadowing outer names, each block's closure sees its own binding
const results: string[] = [];
const name = "outer";
function show(): string {
  return "top-level show sees " + name;
}
results.push(show());
{
  const name = "block1";
  function show(): string {
    return "block1 show sees " + name;
  }
  results.push(show());
  {
    const name = "block2";
    results.push(show() + " / inner name " + name);
  }
}
results.push(show());
let n = 1;
const readers: (() => number)[] = [];
readers.push(() => n);
{
  let n = 2;
  readers.push(() => n);
  n = 20;
  {
    let n = 3;
    readers.push(() => n);
  }
}
n = 10;
results.push(readers.map((r) => r()).join(","));
for (let i = 0; i < 2; i++) {
  function sq(x: number): number {
    return x * x + i;
  }
  results.push(`iter ${i}: ${sq(3)}`);
}
if (n > 5) {
  const n = "shadowed string";
  results.push(n.toUpperCase());
} else {
  results.push("no");
}
console.log(results.join("\n"));
