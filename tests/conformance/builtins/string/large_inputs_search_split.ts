// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: indexOf, lastIndexOf, includes, split, replaceAll and case mapping on strings of tens of thousands of units, with worst-case needles
const hay = "a".repeat(50000) + "b";
console.log(hay.indexOf("a".repeat(1000) + "b"), hay.lastIndexOf("a".repeat(999) + "b"), hay.includes("ab"), hay.indexOf("ba"), hay.lastIndexOf("aab", 100));
const csv = Array.from({ length: 4000 }, (_, i) => String(i)).join(",");
const parts = csv.split(",");
console.log(csv.length, parts.length, parts[1234], csv.split(",", 3).join("|"), csv.split("9").length);
const swapped = csv.replaceAll(",", ";;");
console.log(swapped.length, swapped.slice(0, 20), swapped.lastIndexOf(";;"), swapped.replaceAll(";;", "").length);
const mixed = "Straße Σίσυφος ".repeat(1000);
const up = mixed.toUpperCase();
console.log(up.length, up.slice(0, 17), up.toLowerCase().length, mixed.toLowerCase() === mixed, up.indexOf("SS"), up.lastIndexOf("ΣΊΣΥΦΟΣ"));
console.log("xy".repeat(10000).split("").length, " pad ".padStart(30000, "-+").trim().length, ("\u3000".repeat(5000) + "z" + "\n".repeat(5000)).trim());
