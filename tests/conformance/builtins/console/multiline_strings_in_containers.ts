// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: strings containing newlines inside objects and arrays, short and long, and how they are split with + when long
console.log({ s: "a\nb" });
console.log({ s: "first line of text\nsecond line of text\nthird line of text\n" });
console.log(["one\ntwo", "x".repeat(30) + "\n" + "y".repeat(30)]);
console.log({ poem: "Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.", n: 4 });
console.log([{ txt: "l1\nl2\nl3 with more words in it to make it long enough to wrap around" }]);
console.log({ long: "z".repeat(100) });
console.log(["w".repeat(75)], ["w".repeat(76)], ["w".repeat(80)]);
console.log({ k: "q".repeat(16) + "\n" + "r".repeat(3) }, { k: "q".repeat(17) + "\n" });
