// expect-error: TSX1106
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Circular imports (main -> a -> b -> a).
import { a } from "./a";
console.log(a());
