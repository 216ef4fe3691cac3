// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Clamping.
export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
