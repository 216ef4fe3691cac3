// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: localeCompare on ASCII control characters, tabs, newlines and spaces (ignorable or not under ICU root collation) and on prefixes
const xs: string[] = ["ab", "a\u0001b", "a\tb", "a\nb", "a b", "a\u007fb", "a\u0000b", "a\rb", "a\u001fb", "a", "b", "a\t", "\tz", " z", "z"];
for (const x of xs) {
  const row: number[] = [];
  for (const y of xs) row.push(x.localeCompare(y));
  console.log(JSON.stringify(x).padEnd(12), row.join(" "));
}
const words: string[] = ["Apple", "apple", "APPLE", "apples", "app le", "app-le", "appl", "b", "B", "ab1", "ab01", "ab10", "ab2"];
console.log(JSON.stringify([...words].sort((a, b) => a.localeCompare(b))));
console.log(JSON.stringify([...words].sort((a, b) => b.localeCompare(a))));
