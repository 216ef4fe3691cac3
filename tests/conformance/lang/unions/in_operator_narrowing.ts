// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: the in operator narrows unions of object types with different properties
interface Admin {
  name: string;
  privileges: string[];
}
interface User {
  name: string;
  email: string;
}
interface Guest {
  visits: number;
}
type Anyone = Admin | User | Guest;
function info(p: Anyone): string {
  if ("privileges" in p) return p.name + " can " + p.privileges.join("/");
  if ("email" in p) return p.name + " <" + p.email + ">";
  return "guest x" + p.visits;
}
const ps: Anyone[] = [
  { name: "root", privileges: ["all", "sudo"] },
  { name: "joe", email: "joe@example.com" },
  { visits: 3 },
];
for (const p of ps) console.log(info(p));
const withOptional: { a?: number } = {};
console.log("a" in withOptional);
withOptional.a = undefined;
console.log("a" in withOptional, withOptional.a);
