// expect-error: TSX1109
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A program may not even declare its own __tsx_ name.
function __tsx_domid(): number {
  return 7;
}
console.log(__tsx_domid());
