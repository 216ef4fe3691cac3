// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: optional properties read as undefined, tested with in, !== undefined and ??
interface Options {
  name: string;
  size?: number;
  color?: string;
  verbose?: boolean;
}
function show(o: Options): string {
  const size = o.size ?? 10;
  const color = o.color !== undefined ? o.color : "none";
  const v = "verbose" in o ? "has-verbose:" + o.verbose : "no-verbose";
  return o.name + " " + size + " " + color + " " + v;
}
console.log(show({ name: "a" }));
console.log(show({ name: "b", size: 0, color: "" }));
console.log(show({ name: "c", verbose: false }));
console.log(show({ name: "d", verbose: undefined }));
const o: Options = { name: "e" };
o.size = 5;
console.log(show(o), o.color === undefined);
