// expect-error: TS2632
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// An imported binding cannot be assigned by the importer.
import { total } from "./counter";

total = 5;
console.log(total);
