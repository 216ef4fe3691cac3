// expect-error: TS2591
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Node's built-in modules do not exist in a tsxen program (no @types/node): TypeScript itself rejects the import
const p: Promise<typeof import("node:os")> = import("node:os");
console.log(p === p);
