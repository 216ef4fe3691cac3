// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: objects longer than the line width break across lines with two-space indentation
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd" });
console.log({ short: 1, list: [1, 2, 3], nested: { a: "xxxxxxxxxxxxxxxxxxxx", b: "yyyyyyyyyyyyyyyyyyyy", c: 3 } });
console.log([{ name: "first item", value: 1000 }, { name: "second item", value: 2000 }, { name: "third", value: 3 }]);
