// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a class used as a value other than with new, typeof or instanceof
class Widget {}
const factory = Widget;
console.log(new factory());
