// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: throwing strings, numbers, objects and class instances; catch receives them unchanged
class Problem {
  constructor(public code: number, public detail: string) {}
}
const throwers: Array<() => void> = [
  () => {
    throw "a string";
  },
  () => {
    throw 42;
  },
  () => {
    throw { code: 7 };
  },
  () => {
    throw new Problem(404, "missing");
  },
  () => {
    throw null;
  },
];
for (const t of throwers) {
  try {
    t();
  } catch (e) {
    if (typeof e === "string") console.log("string:", e);
    else if (typeof e === "number") console.log("number:", e + 1);
    else if (e instanceof Problem) console.log("problem:", e.code, e.detail);
    else if (e === null) console.log("null thrown");
    else console.log("object:", (e as { code: number }).code);
  }
}
