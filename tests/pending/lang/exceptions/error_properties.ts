// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: Error, TypeError, RangeError and friends have name and message; String(e) combines them
const errs: Error[] = [
  new Error("plain"),
  new TypeError("type"),
  new RangeError("range"),
  new SyntaxError("syntax"),
  new ReferenceError("ref"),
  new EvalError("eval"),
  new URIError("uri"),
  new Error(),
];
for (const e of errs) {
  console.log(e.name, JSON.stringify(e.message), String(e), e instanceof Error, e instanceof TypeError);
}
const e = new Error("changed");
e.name = "Custom";
e.message = "new message";
console.log(String(e), e.toString());
