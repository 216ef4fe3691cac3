// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: a missing key reads undefined where the program tests for it
const ages: { [name: string]: number } = { ann: 31, bob: 0 };
console.log(ages["cid"]);
console.log(ages["cid"] === undefined, ages["bob"] === undefined);
console.log(ages["cid"] ?? -1, ages["bob"] ?? -1, ages["bob"] || 99);
if (ages["ann"]) console.log("ann known");
if (!ages["zed"]) console.log("zed unknown");
console.log("ann" in ages, "zed" in ages, `${ages["nobody"]}`);
console.log(typeof ages["ann"], typeof ages["nobody"]);
const k = "dan";
ages[k] = (ages[k] || 10) * 2;
console.log(ages);
