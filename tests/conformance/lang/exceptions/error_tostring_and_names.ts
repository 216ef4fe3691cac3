// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: Error toString with empty messages and custom names, name reassignment, errors in templates and arrays
class Quiet extends Error {}
class Named extends Error {
  constructor(msg?: string) {
    super(msg);
    this.name = "Named";
  }
}
const errs: Error[] = [
  new Error(),
  new Error(""),
  new Error("msg"),
  new TypeError(),
  new RangeError("r"),
  new Quiet("q"),
  new Named(),
  new Named("with message"),
  new SyntaxError("s"),
  new ReferenceError("ref"),
  new EvalError("ev"),
  new URIError("uri"),
];
for (const e of errs) {
  console.log(`${e}`, "|", e.name, "|", JSON.stringify(e.message), "|", e instanceof Error, e instanceof Named, e instanceof Quiet);
}
const renamed = new Error("x");
renamed.name = "Custom";
console.log(String(renamed), renamed.message);
renamed.message = "changed";
console.log(`${renamed}`);
const q = new Quiet("quiet one");
console.log(q.name, String(q));
try {
  throw new Named("thrown");
} catch (e) {
  if (e instanceof Error) {
    const captured = () => `${e.name}: ${e.message}`;
    console.log(captured());
  }
}
const msgs: string[] = [];
for (const e of errs) {
  try {
    throw e;
  } catch (err) {
    msgs.push(err === e ? "same" : "different");
  }
}
console.log(msgs.join(","));
