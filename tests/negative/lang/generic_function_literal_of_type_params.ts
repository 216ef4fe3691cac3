// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// An object literal built from a generic function's type parameters: one layout would serve every copy (it misread the result).
interface Pair<A, B> {
  first: A;
  second: B;
}
function swap<A, B>(p: Pair<A, B>): Pair<B, A> {
  return { first: p.second, second: p.first };
}
const a: Pair<number, number> = { first: 1, second: 2 };
console.log(swap(a).first + 1);
