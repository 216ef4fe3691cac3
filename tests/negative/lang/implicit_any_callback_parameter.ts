// expect-error: TS7006
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an unannotated callback parameter with no contextual type is implicitly any: TypeScript reports TS7006 under strict
const handlers: Array<(n: number) => number> = [];
const make = function (scale) {
  return (n: number): number => n * scale;
};
handlers.push(make(2));
console.log(handlers[0](21));
