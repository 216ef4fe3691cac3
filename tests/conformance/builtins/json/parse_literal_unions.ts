// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse into literal unions, nullable fields and union-with-array targets; a malformed text still gives SyntaxError
interface Cfg { mode: "fast" | "slow" | 3; level: 1 | 2 | null; on: true | "auto"; list: number[] | null; }
const texts = [
  '{"mode":"fast","level":1,"on":true,"list":[1,2]}',
  '{"mode":3,"level":null,"on":"auto","list":null}',
  '{"mode":"slow","level":2,"on":"auto","list":[1e3,-0]}',
  '{"mode":"fast","level":1,"on":true,"list":[1,]}',
];
for (const t of texts) {
  try {
    const c: Cfg = JSON.parse(t);
    console.log("ok", c.mode, c.level, c.on, c.list === null ? "null" : c.list.length, JSON.stringify(c));
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
const arr: (string | number | boolean | null)[] = JSON.parse('[1,"a",true,null,-0.5,"",false]');
console.log(arr, arr.map((x) => typeof x).join(","));
