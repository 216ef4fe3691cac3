// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse into nested interfaces, arrays of interfaces, optional fields and literal unions; then stringify back
interface Addr { street: string; zip?: string; }
interface Person { name: string; age: number; role: "admin" | "user"; tags: string[]; addr: Addr | null; scores?: number[][]; }
const text = `[
  {"name":"Ann","age":31,"role":"admin","tags":["a","b"],"addr":{"street":"Main","zip":"01234"},"scores":[[1,2],[3]]},
  {"name":"Bob","age":-0,"role":"user","tags":[],"addr":null},
  {"name":"C\\u00e9","age":1e3,"role":"user","tags":["\\n"],"addr":{"street":""}}
]`;
const people: Person[] = JSON.parse(text);
console.log(people.length);
for (const p of people) {
  console.log(p.name, p.age, 1 / p.age, p.role, p.tags.length, p.addr === null ? "no addr" : p.addr.street + "/" + (p.addr.zip ?? "-"), p.scores ? p.scores.flat().join("+") : "none");
}
console.log(people[0]);
console.log(JSON.stringify(people));
const nums: number[][] = JSON.parse(" [ [ 1.5 , -2e-3 ] , [ ] , [ 1E2 ] ] ");
console.log(nums, nums.flat().reduce((a, b) => a + b, 0));
const flag = JSON.parse("true") as boolean;
const s: string = JSON.parse('"\\ud83d\\ude00 \\/ \\b"');
const n: null = JSON.parse("null");
console.log(flag, s, s.length, n);
