// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse into a type with a method is rejected: JSON has no functions
interface Greeter {
  name: string;
  greet(): string;
}
const g: Greeter = JSON.parse('{"name": "x"}');
console.log(g.name);
