// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object patterns with renaming, defaults, nesting and rest properties
interface Cfg {
  host: string;
  port?: number;
  opts: { secure: boolean; retries?: number };
  tags: string[];
}
const cfg: Cfg = { host: "localhost", opts: { secure: true }, tags: ["a", "b"] };
const {
  host: h,
  port = 8080,
  opts: { secure, retries = 3 },
  tags: [firstTag],
} = cfg;
console.log(h, port, secure, retries, firstTag);
const { host, ...others } = cfg;
console.log(host, Object.keys(others).join(","));
let left = 0;
let right = 0;
({ left, right } = { left: 5, right: 6 });
console.log(left, right);
