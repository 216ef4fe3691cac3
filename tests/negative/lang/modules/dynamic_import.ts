// expect-error: TSX1103
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Dynamic import() of a program file.
export async function load(): Promise<void> {
  const m = await import("./helper");
  console.log(m);
}
