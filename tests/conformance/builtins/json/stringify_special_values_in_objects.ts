// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: NaN, Infinity and -0 inside objects, undefined properties dropped, nested nulls kept
console.log(JSON.stringify({ a: NaN, b: -Infinity, c: -0, d: undefined, e: null, f: [undefined, NaN] }));
console.log(JSON.stringify({ nested: { u: undefined } }), JSON.stringify([{}, { u: undefined }]));
const pretty = JSON.stringify({ a: [], b: {}, c: [{}], d: "" }, null, 2);
console.log(pretty);
