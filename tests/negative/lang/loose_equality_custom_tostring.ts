// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// == between an object whose class defines toString and a string (JS would call toString)
class Tag {
  constructor(private t: string) {}
  toString(): string { return this.t; }
}
function get(flag: boolean): Tag | string {
  return flag ? new Tag("a") : "a";
}
console.log(get(true) == "a");
