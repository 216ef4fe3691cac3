// expect-error: TS1101 TS2410
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// with is a syntax error in strict mode (TS1101) and unsupported by TypeScript's checker (TS2410)
const o: { a: number } = { a: 1 };
with (o) {
  console.log(a);
}
