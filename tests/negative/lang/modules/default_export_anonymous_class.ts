// expect-error: TSX1101
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// An anonymous default-exported class (a named one is supported).
export default class {
  value = 1;
}
