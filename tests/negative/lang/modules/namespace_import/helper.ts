// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// The imported module.
export const x = 1;
