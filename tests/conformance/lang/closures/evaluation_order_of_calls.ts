// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: callee expression evaluated before arguments; arguments left to right; side effects in captured state
const trace: string[] = [];
function t<T>(label: string, v: T): T {
  trace.push(label);
  return v;
}
function pick(label: string): (a: number, b: number) => number {
  trace.push("pick:" + label);
  return label === "add" ? (a, b) => a + b : (a, b) => a * b;
}
const r1 = pick("add")(t("a1", 2), t("a2", 3));
console.log(r1, trace.join(" "));
trace.length = 0;
const r2 = pick("mul")(t("x", pick("add")(t("y", 1), t("z", 4))), t("w", 6));
console.log(r2, trace.join(" "));
trace.length = 0;

let n = 0;
const bump = (): number => ++n;
const arr = [bump(), bump() * 10, bump() + bump()];
console.log(arr.join(","), n);

function three(a: number, b: number, c: number): string {
  return `${a}-${b}-${c}`;
}
let i = 1;
console.log(three(i, i++, i));
console.log(three(i++, i++, ++i), i);

const fns: ((x: number) => number)[] = [(x) => x + 1, (x) => x * 2];
let idx = 0;
const v = fns[idx++](idx * 10);
console.log(v, idx);

let state = "s";
const mk = (suffix: string) => {
  state += suffix;
  return (x: string) => state + ":" + x;
};
console.log(mk("1")((state += "2", "arg")));
console.log(state);
