// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a JSON.parse reviver callback whose value parameter is contextually any is rejected
const total: number = JSON.parse("[1, 2, 3]", (key, value) => (typeof value === "number" ? value * 2 : value)).length;
console.log(total);
