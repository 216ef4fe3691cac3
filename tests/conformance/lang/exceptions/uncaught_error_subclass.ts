// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: an uncaught Error subclass instance terminates with exit status 1
class ValidationError extends Error {
  constructor(public field: string) {
    super("invalid " + field);
    this.name = "ValidationError";
  }
}
function validate(rec: { name: string; age: number }): void {
  if (rec.name === "") throw new ValidationError("name");
  if (rec.age < 0) throw new ValidationError("age");
  console.log("valid", rec.name);
}
validate({ name: "a", age: 1 });
validate({ name: "b", age: -1 });
validate({ name: "c", age: 2 });
