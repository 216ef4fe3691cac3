// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: nesting deeper than two levels below the top prints [Object] and [Array]
console.log({ l1: { l2: { l3: { l4: 1 } } } });
console.log([[[[1]]]]);
console.log({ a: [{ b: [{ c: 1 }] }] });
console.log([{ x: { y: { z: {} } } }]);
