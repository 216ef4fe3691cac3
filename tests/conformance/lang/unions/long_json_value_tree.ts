// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: a JSON-like value tree as a discriminated union: builder, printer, deep equality, path queries with ?. and ??
type JVal =
  | { t: "null" }
  | { t: "bool"; v: boolean }
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "arr"; items: JVal[] }
  | { t: "obj"; entries: [string, JVal][] };
const NULL: JVal = { t: "null" };
const num = (v: number): JVal => ({ t: "num", v });
const str = (v: string): JVal => ({ t: "str", v });
const bool = (v: boolean): JVal => ({ t: "bool", v });
const arr = (...items: JVal[]): JVal => ({ t: "arr", items });
const obj = (...entries: [string, JVal][]): JVal => ({ t: "obj", entries });
function show(j: JVal, indent: number = 0): string {
  const pad = " ".repeat(indent);
  switch (j.t) {
    case "null": return "null";
    case "bool": return j.v ? "true" : "false";
    case "num": return Number.isFinite(j.v) ? String(j.v) : "null";
    case "str": return JSON.stringify(j.v);
    case "arr":
      if (j.items.length === 0) return "[]";
      return `[\n${j.items.map((x) => `${pad}  ${show(x, indent + 2)}`).join(",\n")}\n${pad}]`;
    case "obj":
      if (j.entries.length === 0) return "{}";
      return `{\n${j.entries.map(([k, x]) => `${pad}  ${JSON.stringify(k)}: ${show(x, indent + 2)}`).join(",\n")}\n${pad}}`;
  }
}
function equal(a: JVal, b: JVal): boolean {
  if (a.t === "null") return b.t === "null";
  if (a.t === "bool") return b.t === "bool" && a.v === b.v;
  if (a.t === "num") return b.t === "num" && (a.v === b.v || (Number.isNaN(a.v) && Number.isNaN(b.v)));
  if (a.t === "str") return b.t === "str" && a.v === b.v;
  if (a.t === "arr") {
    if (b.t !== "arr" || a.items.length !== b.items.length) return false;
    return a.items.every((x, i) => equal(x, b.items[i]));
  }
  if (b.t !== "obj" || a.entries.length !== b.entries.length) return false;
  for (const [k, v] of a.entries) {
    const other = b.entries.find((e) => e[0] === k);
    if (other === undefined || !equal(v, other[1])) return false;
  }
  return true;
}
function get(j: JVal | undefined, key: string | number): JVal | undefined {
  if (j === undefined) return undefined;
  if (j.t === "arr" && typeof key === "number") return key >= 0 && key < j.items.length ? j.items[key] : undefined;
  if (j.t === "obj" && typeof key === "string") return j.entries.find(([k]) => k === key)?.[1];
  return undefined;
}
function path(j: JVal, ...keys: (string | number)[]): JVal | undefined {
  let cur: JVal | undefined = j;
  for (const k of keys) cur = get(cur, k);
  return cur;
}
function asNum(j: JVal | undefined): number | undefined {
  return j?.t === "num" ? j.v : undefined;
}
function asStr(j: JVal | undefined): string | null {
  if (j === undefined) return null;
  return j.t === "str" ? j.v : null;
}
function stats(j: JVal): Record<string, number> {
  const out: Record<string, number> = { null: 0, bool: 0, num: 0, str: 0, arr: 0, obj: 0 };
  const walk = (x: JVal): void => {
    out[x.t]++;
    if (x.t === "arr") x.items.forEach(walk);
    else if (x.t === "obj") for (const [, v] of x.entries) walk(v);
  };
  walk(j);
  return out;
}
const doc = obj(
  ["name", str("tsxen")],
  ["version", num(1.5)],
  ["tags", arr(str("ts"), str("native"), NULL)],
  ["deps", obj(["a", obj(["v", num(2)], ["opt", bool(true)])], ["b", obj()])],
  ["matrix", arr(arr(num(1), num(2)), arr(), arr(num(NaN)))],
  ["quote", str('say "hi"\n')],
);
console.log(show(doc));
console.log(asStr(path(doc, "name")), asNum(path(doc, "version")), asStr(path(doc, "tags", 1)));
console.log(asStr(path(doc, "tags", 2)), asStr(path(doc, "tags", 9)), path(doc, "tags", 2)?.t, path(doc, "tags", 9)?.t ?? "missing");
console.log(asNum(path(doc, "deps", "a", "v")) ?? -1, asNum(path(doc, "deps", "b", "v")) ?? -1, path(doc, "deps", "a", "opt")?.t);
console.log(asNum(path(doc, "matrix", 0, 1)), asNum(path(doc, "matrix", 2, 0)), path(doc, "matrix", 1, 0) === undefined);
console.log(path(doc, 0) === undefined, path(doc, "name", "x") === undefined);
const copy = obj(
  ["quote", str('say "hi"\n')],
  ["matrix", arr(arr(num(1), num(2)), arr(), arr(num(NaN)))],
  ["deps", obj(["b", obj()], ["a", obj(["opt", bool(true)], ["v", num(2)])])],
  ["tags", arr(str("ts"), str("native"), NULL)],
  ["version", num(1.5)],
  ["name", str("tsxen")],
);
console.log("equal reordered", equal(doc, copy));
const changed = obj(["name", str("tsxen")]);
console.log("equal small", equal(doc, changed), equal(changed, changed), equal(NULL, num(0)), equal(arr(), obj()));
const st = stats(doc);
console.log(Object.keys(st).map((k) => `${k}=${st[k]}`).join(" "));
