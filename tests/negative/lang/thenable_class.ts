// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a class with a 'then' method in a program using promises would be a thenable: rejected
class Deferred {
  then(onValue: (v: number) => void): void {
    onValue(5);
  }
}
async function main(): Promise<void> {
  const v = await new Deferred();
  console.log(v);
}
main();
