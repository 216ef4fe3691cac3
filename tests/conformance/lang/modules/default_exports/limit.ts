// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A binding exported as the default.
const limit = 10 * 4 + 2;
export { limit as default };
