// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// empty arrays and objects stay [] and {} when indented, even nested
const v = { a: [], b: {}, c: [[], {}, [[]]], d: { e: {}, f: [] }, g: [{}] };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify([[], [[]], {}], null, 1));
console.log(JSON.stringify({ only: undefined }, null, 2), JSON.stringify([undefined], null, 2));
