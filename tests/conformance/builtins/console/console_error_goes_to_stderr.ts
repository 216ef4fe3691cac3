// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.error writes to stderr only: interleaved error calls leave stdout exactly as the log calls make it
console.log("start");
console.error("this goes to stderr");
console.error("%s and %d", "formatted", 42, { a: 1 });
for (let i = 0; i < 5; i++) {
  console.log("line", i);
  console.error("err", i, [i, i * 2]);
}
console.error();
console.error("");
console.error(new Error("not on stdout"));
console.log({ after: "errors" });
console.error([1, 2, 3], "tail");
console.log("end");
