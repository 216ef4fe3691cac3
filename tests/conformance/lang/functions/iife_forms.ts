// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: immediately invoked arrow and function expressions, with arguments and nesting
const a = (() => 42)();
const b = (function (): string {
  return "fn";
})();
const c = ((x: number, y: number) => x * y)(6, 7);
const d = (function named(n: number): number {
  return n <= 0 ? 0 : n + named(n - 1);
})(10);
console.log(a, b, c, d);
const config = (() => {
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) parts.push("p" + i);
  return { parts, size: parts.length };
})();
console.log(config.parts.join("/"), config.size);
const nested = ((x: number) => ((y: number) => x - y)(1))(10);
console.log(nested);
let sideEffects = 0;
(() => {
  sideEffects++;
})();
(function (): void {
  sideEffects += 10;
})();
console.log(sideEffects);
const ids = [1, 2, 3].map((i) => ((k: number) => "id" + k)(i * 10));
console.log(ids.join(","));
const maybe = ((flag: boolean): number | undefined => (flag ? 1 : undefined))(false);
console.log(maybe, ((s: string) => s.length)("four"));
