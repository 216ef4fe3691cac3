// expect-error: TSX1105
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// npm packages are not part of a tsxen program.
import { createProgram } from "typescript";
console.log(typeof createProgram);
