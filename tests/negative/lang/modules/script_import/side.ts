// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// No import or export: a script.
const shared = 1;
console.log("side", shared);
