// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object rest patterns in function and arrow parameters, nested and with defaults
type Options = { name: string; verbose: boolean; level: number; tag: string };
function describe({ name, ...others }: Options): string {
  return name + ": " + others.level + "/" + others.tag + (others.verbose ? " (verbose)" : "");
}
const show = ({ verbose, ...shown }: Options): void => console.log(verbose, shown);
const o: Options = { name: "job", verbose: true, level: 3, tag: "x" };
console.log(describe(o));
show(o);
show({ name: "second", verbose: false, level: 0, tag: "" });
interface Outer { id: number; inner: { a: number; b: string; c: boolean } }
function pick({ id, inner: { a, ...innerRest } }: Outer): string {
  return id + ":" + a + ":" + JSON.stringify(innerRest);
}
console.log(pick({ id: 7, inner: { a: 1, b: "bee", c: false } }));
const list: Options[] = [o, { name: "n2", verbose: false, level: 9, tag: "t" }];
for (const { name, ...r } of list) console.log(name, r.level, r);
