// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: arrays of exactly 100, 101 and more items print the first 100 and a 'more items' note, also nested and as strings
console.log(Array.from({ length: 100 }, (_, i) => i));
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 102 }, (_, i) => i % 10));
console.log(Array.from({ length: 250 }, (_, i) => "s" + i));
console.log({ big: Array.from({ length: 105 }, (_, i) => -i) });
console.log([Array.from({ length: 101 }, (_, i) => i * 1000)]);
console.log(Array.from({ length: 130 }, (_, i) => ({ i })));
console.log(Array.from({ length: 101 }, (_, i) => i % 2 === 0));
console.log(Array.from({ length: 1000 }, (_, i) => i).length);
