// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// spread: spreading arrays into rest parameters at various positions, with fixed leading parameters and evaluation order
function joinAll(sep: string, ...parts: string[]): string {
  return parts.length + ":" + parts.join(sep);
}
const words = ["a", "b", "c"];
const none: string[] = [];
console.log(joinAll("-"));
console.log(joinAll("-", ...words));
console.log(joinAll("+", "x", ...words, "y"));
console.log(joinAll("/", ...none, ...none));
console.log(joinAll(",", ...words, ...words.slice(1), ...none, "end"));
function sum(...xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
const nums = [1, 2, 3, 4];
console.log(sum(), sum(...nums), sum(0.5, ...nums, 0.25), sum(...nums, ...nums.map((n) => n * 10)));
let order = 0;
function tick(label: string): number[] {
  order++;
  console.log("eval", label, order);
  return [order];
}
console.log(sum(...tick("a"), 100, ...tick("b"), ...tick("c")));
function countArgs(...xs: (number | string)[]): string {
  return xs.map((x) => typeof x).join(",");
}
const mixed: (number | string)[] = [1, "two", 3];
console.log(countArgs(...mixed, "four", 5));
console.log(Math.max(...nums), Math.min(...nums, -1), Math.max(...[] as number[]), Math.min(...[] as number[]));
const out: number[] = [];
out.push(...nums);
out.push(...nums.filter((n) => n % 2 === 0));
out.unshift(...[-1, 0]);
console.log(out);
out.splice(2, 3, ...[9, 9, 9, 9]);
console.log(out);
const arrow = (first: number, ...more: number[]): string => `${first} then ${more.length} more (${more})`;
console.log(arrow(1), arrow(1, ...nums));
class Logger {
  lines: string[] = [];
  log(level: string, ...msgs: string[]): this {
    this.lines.push(`[${level}] ${msgs.join(" ")}`);
    return this;
  }
}
const lg = new Logger();
lg.log("info", ...words).log("warn").log("err", ...["disk", "full"], "!");
console.log(lg.lines);
console.log(String.fromCharCode(...[72, 105, 33]));
