// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: throws unwinding through several frames, each running its finally, catch that rethrows a wrapped error
const trail: string[] = [];
function level3(n: number): number {
  try {
    trail.push("l3 enter " + n);
    if (n < 0) throw new RangeError("negative " + n);
    return n * 2;
  } finally {
    trail.push("l3 finally");
  }
}
function level2(n: number): number {
  try {
    return level3(n) + 1;
  } catch (e) {
    trail.push("l2 catch");
    throw new Error("wrapped: " + (e as Error).message);
  } finally {
    trail.push("l2 finally");
  }
}
function level1(ns: number[]): string {
  const out: string[] = [];
  for (const n of ns) {
    try {
      out.push(String(level2(n)));
    } catch (e) {
      out.push("ERR(" + (e as Error).message + ")");
      if (n < -5) break;
    } finally {
      trail.push("l1 finally " + n);
    }
  }
  return out.join(",");
}
console.log(level1([1, -2, 3, -10, 99]));
console.log(trail.join("\n"));
trail.length = 0;
// catch param shadows, and a throw inside catch goes to the outer handler after inner finally
let where = "";
try {
  try {
    throw new Error("first");
  } catch (e) {
    where += "c1:" + (e as Error).message + ";";
    throw new Error("second");
  } finally {
    where += "f1;";
  }
} catch (e) {
  where += "c2:" + (e as Error).message + ";";
} finally {
  where += "f2;";
}
console.log(where);
