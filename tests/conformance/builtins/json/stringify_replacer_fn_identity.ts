// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: an identity replacer function (key, value: unknown) gives the same text as no replacer
const text = JSON.stringify({ a: 1 }, (_key: string, value: unknown) => value);
console.log(text);
