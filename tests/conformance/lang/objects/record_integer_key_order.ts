// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: integer-like keys come first in ascending order, then strings in insertion order
const r: Record<string, string> = {};
r["b"] = "B";
r["10"] = "ten";
r["a"] = "A";
r["2"] = "two";
r["01"] = "zero-one";
r["4294967295"] = "big";
r["4294967294"] = "max index";
r["-1"] = "minus";
r["0"] = "zero";
console.log(Object.keys(r).join(","));
console.log(r);
r["b"] = "B again";
console.log(Object.entries(r).map(([k, v]) => k + ":" + v).join(" | "));
