// expect-error: TSX1105
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// node: builtins are not part of a tsxen program.
import { readFileSync } from "node:fs";
console.log(readFileSync("/etc/hostname", "utf8"));
