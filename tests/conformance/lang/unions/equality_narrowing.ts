// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: equality against literals and between variables narrows unions
type Token = { t: "num"; v: number } | { t: "op"; v: string } | { t: "end" };
function render(tok: Token): string {
  if (tok.t === "end") return "$";
  if (tok.t !== "num") return "<" + tok.v + ">";
  return "#" + tok.v;
}
const toks: Token[] = [{ t: "num", v: 1 }, { t: "op", v: "+" }, { t: "num", v: 22 }, { t: "end" }];
console.log(toks.map(render).join(" "));
function same(a: string | number, b: string | boolean): string {
  if (a === b) return "equal string " + a.toUpperCase();
  return "different";
}
console.log(same("x", "x"), same("x", true), same(1, "1"));
function nonNull(v: string | null): number {
  if (v != null) return v.length;
  return -1;
}
console.log(nonNull("abc"), nonNull(null));
