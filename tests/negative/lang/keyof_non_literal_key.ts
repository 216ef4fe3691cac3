// expect-error: TSX1002
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a generic T[K] function called with a key that is not a single literal is rejected (no lookup by run-time name)
function prop<T, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }
const cfg = { host: "localhost", port: 8080 };
const keys: ("host" | "port")[] = ["host", "port"];
for (const k of keys) console.log(prop(cfg, k));
