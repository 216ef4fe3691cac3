// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Errors stringify without message or name (not own enumerable), but with their own fields
class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}
console.log(JSON.stringify(new Error("boom")));
console.log(JSON.stringify(new HttpError(404, "not found")));
console.log(JSON.stringify({ err: new TypeError("t"), list: [new RangeError("r")] }));
