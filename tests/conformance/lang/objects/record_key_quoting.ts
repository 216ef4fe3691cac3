// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: console.log quotes keys that are not identifiers, as Node does
const r: Record<string, boolean> = {};
for (const k of ["plain", "_under", "$dollar", "with-dash", "with space", "it's", "9lives", "ok9", "", "ünï", "a\"b"]) r[k] = k.length > 3;
console.log(r);
const one: Record<string, string> = { "": "empty" };
console.log(one, {} as Record<string, number>);
