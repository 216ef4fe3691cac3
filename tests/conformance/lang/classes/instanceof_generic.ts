// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: instanceof with generic classes and their instantiations, and narrowing through it
class Result<T> {
  constructor(readonly value: T) {}
}
class Ok<T> extends Result<T> {
  describe(): string {
    return "ok(" + String(this.value) + ")";
  }
}
class Failure extends Result<string> {
  describe(): string {
    return "failure: " + this.value;
  }
}
const rs: Result<string>[] = [new Ok("fine"), new Failure("bad"), new Result("plain")];
for (const r of rs) {
  if (r instanceof Ok) console.log("Ok", r.describe());
  else if (r instanceof Failure) console.log("Failure", r.describe());
  else console.log("Result", r.value, r instanceof Result);
}
const n = new Ok(42);
const u: unknown = n;
console.log(u instanceof Result, u instanceof Ok, u instanceof Failure, n.describe());
