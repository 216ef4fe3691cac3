// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: lazy values computed on first use and cached by the closure
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
let computed = 0;
const expensive = lazy(() => {
  computed++;
  return [1, 2, 3].map((x) => x * 100).join("+");
});
console.log(computed);
console.log(expensive(), expensive(), computed);
const names = lazy((): string => {
  computed++;
  return "ann,bob";
});
console.log(names().split(",").length, names(), computed);
const settings = new Map<string, () => number>();
function define(key: string, f: () => number): void {
  settings.set(key, lazy(f));
}
define("width", () => {
  computed++;
  return 80;
});
define("area", () => settings.get("width")!() * 25);
console.log(settings.get("area")!(), settings.get("area")!(), computed);
