// expect-error: TSX1004
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an as-any cast inside an arrow function is rejected
interface P {
  x: number;
}
const read = (p: P): number => (p as any).y ?? p.x;
console.log(read({ x: 4 }));
