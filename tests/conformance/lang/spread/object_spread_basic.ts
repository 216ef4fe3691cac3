// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object spread: a literal spread into another, read through the result
const a = { x: 1 };
const b = { ...a, y: 2 };
console.log(b.x + b.y);
