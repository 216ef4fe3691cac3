// expect-error: TS2322
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// assigning null to a string under strictNullChecks is a TypeScript error
let s: string = null;
console.log(s);
