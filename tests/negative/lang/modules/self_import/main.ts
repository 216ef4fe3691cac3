// expect-error: TSX1106
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A module importing itself is a cycle.
import { x as y } from "./main";
export const x = 1;
console.log(x, y);
