// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a JSON.parse reviver is rejected
const v: number[] = JSON.parse("[1, 2]", (_key: string, value: unknown) => value);
console.log(v.length);
