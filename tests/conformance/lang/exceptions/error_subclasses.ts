// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: Error subclasses with extra fields, name, instanceof and message
class ValidationError extends Error {
  constructor(public field: string, message: string) {
    super(message);
    this.name = "ValidationError";
  }
}
class NotFound extends Error {
  readonly code: number = 404;
}
function check(v: number): void {
  if (v < 0) throw new ValidationError("v", "must be non-negative");
  if (v > 10) throw new NotFound("no such item " + v);
}
for (const v of [1, -1, 11]) {
  try {
    check(v);
    console.log(v, "ok");
  } catch (e) {
    if (e instanceof ValidationError) console.log(v, e.name, e.field, e.message, e instanceof Error);
    else if (e instanceof NotFound) console.log(v, e.name, e.code, e.message);
  }
}
const err = new Error("plain");
console.log(err.message, err.name, String(err), err instanceof Error);
