// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imports b, which imports a back.
import { b } from "./b";
export function a(): string {
  return "a" + b();
}
