// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Closes the cycle.
import { a } from "./a";
export function b(): string {
  return "b";
}
export const early = a;
