// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an optional call of a class method (methods are not function values)
class Greeter {
  hello(): string { return "hi"; }
}
const g: Greeter | undefined = new Greeter();
console.log(g.hello?.());
