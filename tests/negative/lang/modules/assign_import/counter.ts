// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Exports a let.
export let total = 0;
