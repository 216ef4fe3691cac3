// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: lone surrogates print as U+FFFD on stdout, but keep their code unit values
const lone = "\uD800";
const pair = "\uD83D\uDE00";
console.log("[" + lone + "]", lone.length, lone.charCodeAt(0));
console.log(pair, pair.split("").length, [...pair].length);
console.log("x" + pair.slice(0, 1) + "y", pair.slice(1).charCodeAt(0).toString(16));
console.log(pair.split("").reverse().join("").length, "\uDC00\uD800".codePointAt(0));
