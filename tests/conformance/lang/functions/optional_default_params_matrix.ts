// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: optional and default parameters in declarations, arrows, methods and callbacks, with explicit undefined and defaults referring to earlier params
function range(start: number, end?: number, step: number = 1): number[] {
  if (end === undefined) { end = start; start = 0; }
  const out: number[] = [];
  if (step === 0) return out;
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
console.log(range(5), range(2, 6), range(0, 10, 3), range(5, 0, -2), range(1, 2, 0), range(3, undefined, 2));
function box(w: number, h: number = w, label: string = `${w}x${h}`): string {
  return `[${label}] area=${w * h}`;
}
console.log(box(2), box(2, 3), box(2, undefined, "sq"), box(1, 5, ""));
const greet = (name?: string, punct = "!"): string => `hello ${name ?? "anonymous"}${punct}`;
console.log(greet(), greet("bo"), greet(undefined, "?"), greet("", "."));
let defaultsRun = 0;
function expensive(): number { defaultsRun++; return 42; }
function useDefault(x: number = expensive()): number { return x; }
console.log(useDefault(1), useDefault(), useDefault(undefined), useDefault(0), defaultsRun);
function countDefined(a?: number, b?: string, c?: boolean): number {
  return [a, b, c].filter((x) => x !== undefined).length;
}
console.log(countDefined(), countDefined(0), countDefined(0, ""), countDefined(undefined, undefined, false));
class Formatter {
  constructor(private sep: string = ", ", private open = "(", private close = ")") {}
  fmt(xs: number[], digits?: number): string {
    return this.open + xs.map((x) => (digits === undefined ? String(x) : x.toFixed(digits))).join(this.sep) + this.close;
  }
}
console.log(new Formatter().fmt([1, 2.5]), new Formatter(";").fmt([1 / 3], 2), new Formatter(undefined, "<", ">").fmt([], 1));
function apply(f: (x: number, scale?: number) => number, x: number): string {
  return `${f(x)} ${f(x, 10)}`;
}
console.log(apply((x, scale = 2) => x * scale, 3));
console.log(apply((x, scale) => (scale ? x + scale : -x), 3));
function stamp(msg: string, opts: { upper?: boolean; times?: number } = {}): string {
  const { upper = false, times = 1 } = opts;
  return (upper ? msg.toUpperCase() : msg).repeat(times);
}
console.log(stamp("ab"), stamp("ab", { upper: true }), stamp("ab", { times: 3 }), stamp("ab", {}));
function chain(a: number, b = a * 2, c = a + b, d = [a, b, c]): string {
  return d.join("/");
}
console.log(chain(1), chain(1, 1), chain(1, undefined, 0), chain(2, 3, 4, [9]));
