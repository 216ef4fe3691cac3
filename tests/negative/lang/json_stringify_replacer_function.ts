// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a JSON.stringify replacer function is rejected (an array of keys is supported)
const text = JSON.stringify({ a: 1 }, (_key: string, value: unknown) => value);
console.log(text);
