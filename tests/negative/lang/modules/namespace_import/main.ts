// expect-error: TSX1102
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A namespace import.
import * as h from "./helper";
console.log(h.x);
