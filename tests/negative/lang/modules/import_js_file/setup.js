// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Plain JavaScript, not part of a tsxen program.
console.log("setup");
