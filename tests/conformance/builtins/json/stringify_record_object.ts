// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: stringify of a record (index-signature object) prints {} instead of its keys
const r: { [k: string]: number } = {};
r["new\nline"] = 1;
r["b"] = 2;
r["3"] = 3;
const rec: Record<string, string> = { x: "y" };
console.log(JSON.stringify(r), JSON.stringify(rec), JSON.stringify({ inner: rec }));
