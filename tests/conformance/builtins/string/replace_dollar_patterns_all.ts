// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: replace and replaceAll with string patterns and every $ replacement pattern, including unmatched and empty patterns
const s = "one-two-one";
const reps: string[] = ["[$&]", "$$", "<$`>", "<$'>", "$1", "$0", "$<name>", "$", "$$$", "x$&y$&", "$'$`", "$&$&", "a$", "$%", "$10"];
for (const r of reps) console.log(JSON.stringify(r), s.replace("one", r), s.replaceAll("one", r));
console.log(s.replace("zzz", "$&"), s.replaceAll("zzz", "x"), s.replace("", "^"), s.replaceAll("", "."));
console.log("".replace("", "E"), "".replaceAll("", "E"), "aaa".replaceAll("aa", "b"), "aaaa".replaceAll("aa", "$&$&"));
console.log("abc".replace("b", "$`$'"), "abc".replaceAll("b", "$`$'"), "a.b.c".replaceAll(".", "$$."));
console.log("x😀y😀".replaceAll("😀", "[$&]"), "x😀y".replace("\uD83D", "?").length);
