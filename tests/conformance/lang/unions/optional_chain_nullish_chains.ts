// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: ?. chains over nested optional members and elements, ?? chains, short-circuit of side effects
interface Address {
  city?: string;
  zip: string | null;
}
interface User {
  name: string;
  address?: Address;
  tags?: string[];
  manager?: User | null;
}
const calls: string[] = [];
function side(s: string): string {
  calls.push(s);
  return s;
}
const users: User[] = [
  { name: "ann", address: { city: "Oslo", zip: "0150" }, tags: ["x", "y"] },
  { name: "bob", address: { zip: null } },
  { name: "cy", manager: null },
  { name: "di", manager: { name: "ann", address: { city: "Bergen", zip: "5003" } }, tags: ["z"] },
];
for (const u of users) {
  const city = u.address?.city ?? "no-city";
  const zip = u.address?.zip ?? "no-zip";
  const firstTag = u.tags?.[0] ?? "no-tag";
  const mgrCity = u.manager?.address?.city ?? u.address?.city ?? "nowhere";
  const mgrName = u.manager?.name;
  console.log(u.name, city, zip, firstTag, mgrCity, mgrName, u.manager === null, u.manager === undefined);
  console.log("  len", u.tags?.length, u.address?.city?.toUpperCase(), u.address?.city?.length ?? -1);
}
// ?? only falls back on null/undefined, not on falsy values
function nothing(): number | null {
  return null;
}
const zero: number | null = [0, null][0];
const empty: string | undefined = ["", undefined][0];
const no: boolean | null = [false, null][0];
console.log(zero ?? 5, empty ?? "fallback", no ?? true, nothing() ?? 7);
console.log(zero || 5, empty || "fallback", no || true);
// short circuit: right side not evaluated
const present: string | undefined = ["here", undefined][0];
const absent: string | undefined = ["here", undefined][1];
console.log(present ?? side("A"), absent ?? side("B"), calls.join(","));
const maybe: User | undefined = users.find((u) => u.name === "zed");
console.log(maybe?.address?.city?.concat(side("C")), calls.join(","));
const d = users[3];
console.log(d.manager?.address?.city?.concat(side("D")), calls.join(","));
// ??= and ||= and &&=
let a: number | undefined;
let b: number | null = 0;
let c = 3;
a ??= 10;
b ??= 20;
c &&= c * 2;
let s = "";
s ||= "filled";
console.log(a, b, c, s);
a ??= 99;
console.log(a);
