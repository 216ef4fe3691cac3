// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: parse rejects malformed text with SyntaxError (messages are not compared)
const bad = ["", "{", "[1,]", "{'a': 1}", "{a: 1}", "01", "1.", ".5", "NaN", "undefined", '"\t"', "[1] x", "+1", "0x10", '"\\x41"'];
for (const s of bad) {
  try {
    const v: unknown = JSON.parse(s);
    console.log(JSON.stringify(s), "parsed", v);
  } catch (e) {
    console.log(JSON.stringify(s), (e as Error).name);
  }
}
