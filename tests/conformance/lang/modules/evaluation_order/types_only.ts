// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imported for a type only: TypeScript elides the import, so this never runs.
console.log('types_only runs');

export interface OnlyType {
  n: number;
}
