// expect-error: TSX1105
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A JSON file is not a program module.
import { version } from "./package.json";
console.log(version);
