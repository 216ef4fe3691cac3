// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: absent optional properties of parsed objects are not keys: in, console.log and stringify agree with Node
interface Cfg { name: string; port?: number; debug?: boolean; tags?: string[] }
const full: Cfg = JSON.parse('{"name":"a","port":80,"debug":false,"tags":["x"]}');
const bare: Cfg = JSON.parse('{"name":"b"}');
const some: Cfg = JSON.parse('{"name":"c","debug":true}');
for (const c of [full, bare, some]) {
  console.log("port" in c, "debug" in c, "tags" in c, JSON.stringify(c));
}
console.log(bare.port, bare.debug === undefined, some.tags ?? "none");
console.log(some, bare);
