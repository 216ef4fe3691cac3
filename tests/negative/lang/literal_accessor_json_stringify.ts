// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.stringify of a value that may hold an object literal with a getter is rejected
interface V { readonly v: number }
const list: V[] = [{ get v() { return 1; } }, { v: 2 }];
console.log(JSON.stringify(list));
