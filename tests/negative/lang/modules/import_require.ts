// expect-error: TSX1104
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// CommonJS 'import x = require()'.
import util = require("./helper");
console.log(util);
