// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: values of type void and never: void variables, void results in arrays, exhaustive never, the void operator
function log(msg: string): void {
  console.log("log:", msg);
}
const r: void = log("one");
console.log(r, typeof r, r === undefined);
let later: void;
console.log(later);
later = log("two");
console.log(later);
const results = [log("a"), log("b")];
console.log(results.length, results[0], results);
const wrapped = (): void => log("arrow");
console.log(wrapped() === undefined);
console.log(void 0, void "x", void log("in void"));
type Light = "red" | "amber" | "green";
function next(l: Light): Light {
  switch (l) {
    case "red":
      return "green";
    case "green":
      return "amber";
    case "amber":
      return "red";
    default: {
      const impossible: never = l;
      return impossible;
    }
  }
}
console.log(next("red"), next(next("red")), next(next(next("red"))));
function assertNever(x: never): never {
  throw new Error("unexpected " + String(x));
}
type Shape = { kind: "sq"; side: number } | { kind: "rect"; w: number; h: number };
function area(s: Shape): number {
  if (s.kind === "sq") return s.side * s.side;
  if (s.kind === "rect") return s.w * s.h;
  return assertNever(s);
}
console.log(area({ kind: "sq", side: 3 }), area({ kind: "rect", w: 2, h: 5 }));
const fs: Array<() => void> = [() => log("x"), () => undefined];
for (const f of fs) console.log(f());
