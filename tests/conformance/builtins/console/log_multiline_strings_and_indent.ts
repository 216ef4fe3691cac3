// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: multi-line strings at top level print raw; inside arrays they are escaped
const s = "line1\nline2\n  indented";
console.log(s);
console.log([s]);
console.log("a\tb", ["a\tb"]);
console.log({ text: "x\ny" });
