// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// malformed JSON throws a catchable SyntaxError with V8's message
const bad = ["", " ", "{", "[", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":1,}", "{a: 1}", "{,}", "01", "-01", "1.", "1.e5", ".5", "-", "-a", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "undefined", "tru", "trx", "nul", "[tru]", "\"abc", "\"\\x41\"", "\"\\u12G4\"", "\"\\u12", "\"\t\"", "[1] x", "\"a\" \"b\"", "{\"a\":}", "[\"a\" \"b\"]", "tr1", "tr\""];
for (const s of bad) {
  try {
    const v: number[] = JSON.parse(s);
    console.log("parsed", v.length);
  } catch (e) {
    console.log(JSON.stringify(s), e instanceof SyntaxError, (e as Error).name + ": " + (e as Error).message);
  }
}
