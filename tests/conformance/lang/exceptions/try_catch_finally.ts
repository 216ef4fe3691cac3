// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: throw and catch, finally ordering, rethrow, nested handlers
function risky(n: number): number {
  if (n < 0) throw new Error("negative: " + n);
  if (n === 0) throw new RangeError("zero");
  return 100 / n;
}
for (const v of [4, 0, -2]) {
  try {
    console.log("result", risky(v));
  } catch (e) {
    if (e instanceof RangeError) console.log("range error", e.message);
    else if (e instanceof Error) console.log("error", e.name, e.message);
  } finally {
    console.log("finally", v);
  }
}
function nested(): string {
  let log: string = "";
  try {
    try {
      throw new Error("inner");
    } catch (e) {
      log += "caught-inner;";
      throw new Error("outer from " + (e as Error).message);
    } finally {
      log += "finally-inner;";
    }
  } catch (e) {
    log += "caught:" + (e as Error).message + ";";
  }
  return log;
}
console.log(nested());
try {
  throw "a string";
} catch (e) {
  console.log("caught", typeof e, e);
}
try {
  console.log("no throw");
} catch {
  console.log("unreachable");
}
