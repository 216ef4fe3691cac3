// expect-error: TSX1107
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A side-effect import of a file that is not a module (its names would be global).
import "./side";
console.log("main");
