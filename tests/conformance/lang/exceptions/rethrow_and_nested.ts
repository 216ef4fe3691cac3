// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: nested try blocks, rethrowing, and wrapping errors with a cause chain
class Wrapped extends Error {
  constructor(message: string, public inner: Error) {
    super(message);
    this.name = "Wrapped";
  }
}
function level3(): never {
  throw new TypeError("deep problem");
}
function level2(): void {
  try {
    level3();
  } catch (e) {
    throw new Wrapped("level2 failed", e as Error);
  }
}
function level1(): string {
  try {
    level2();
    return "ok";
  } catch (e) {
    if (e instanceof Wrapped) {
      let s = e.message;
      let cur: Error = e.inner;
      s += " <- " + cur.name + ": " + cur.message;
      return s;
    }
    throw e;
  }
}
console.log(level1());
const trace: string[] = [];
try {
  try {
    try {
      throw new Error("x");
    } catch (e) {
      trace.push("c1");
      throw e;
    } finally {
      trace.push("f1");
    }
  } catch (e) {
    trace.push("c2:" + (e as Error).message);
  } finally {
    trace.push("f2");
  }
} finally {
  trace.push("f3");
}
console.log(trace.join(" "));
