// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imported by name but the name is never used: TypeScript elides the import, so this never runs.
console.log('unused runs');

export const neverUsed = 1;
