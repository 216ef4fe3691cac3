// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Intl is a library API tsxen does not provide
const fmt: Intl.NumberFormat = new Intl.NumberFormat("en-US");
console.log(fmt.format(1234.5));
