// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: every method on an empty array: identities, undefined results and vacuous truths
const e: number[] = [];
console.log(e.every((x) => x > 0), e.some((x) => x > 0), e.find((x) => x > 0), e.findIndex((x) => x > 0));
console.log(e.map((x) => x * 2), e.filter(() => true), e.reduce((a, b) => a + b, 0), e.join("-") === "");
console.log(e.slice(), e.concat([]), e.flat(), e.reverse(), e.sort(), e.fill(1));
console.log(e.indexOf(1), e.lastIndexOf(1), e.includes(1), e.at(0), e.pop(), e.shift(), e.length);
console.log([...e], Array.from(e), [...e.keys()], [...e.entries()], e.splice(0));
console.log(String(e), e.toString() === "", `${[[], []]}`);
