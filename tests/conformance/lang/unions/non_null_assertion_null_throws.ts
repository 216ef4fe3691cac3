// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: x!.f where x is null at runtime throws TypeError; uncaught, the program exits with status 1
interface Cfg {
  name: string;
}
function lookup(k: string): Cfg | null {
  return k === "known" ? { name: "k" } : null;
}
console.log(lookup("known")!.name);
console.log("before");
const c = lookup("missing");
console.log(c!.name);
console.log("not reached");
