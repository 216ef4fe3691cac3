// expect-error: TSX1101
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// An anonymous default-exported function (a named one is supported).
export default function (): number {
  return 1;
}
