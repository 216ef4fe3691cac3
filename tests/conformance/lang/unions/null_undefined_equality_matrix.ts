// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: null vs undefined under ===, ==, typeof, truthiness, ?? and string conversion
type V = number | string | boolean | null | undefined;
const vals: V[] = [null, undefined, 0, "", false, NaN, "0", 1, "null", "undefined"];
function show(v: V): string {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}
for (const v of vals) {
  const row = [
    show(v).padEnd(11),
    typeof v,
    v === null ? "===null" : "",
    v === undefined ? "===undef" : "",
    v == null ? "==null" : "",
    v == undefined ? "==undef" : "",
    v ? "truthy" : "falsy",
    String(v ?? "dflt"),
  ];
  console.log(row.join(" "));
}
function opt(x?: number | null): string {
  if (x === undefined) return "missing";
  if (x === null) return "explicit null";
  return "value " + x;
}
console.log(opt(), opt(undefined), opt(null), opt(0));
const arr: (number | null | undefined)[] = [1, null, undefined, 0];
console.log(arr.map((x) => x ?? -1).join(","), arr.filter((x) => x != null).length, arr.filter((x) => x !== null).length);
console.log(`${null} ${undefined} ${[null, undefined, 1].join("-")}`);
console.log(null === null, undefined === undefined, (null as V) == (undefined as V), (null as V) === (undefined as V));
