// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// An async function to await.
export async function answer(): Promise<number> {
  return 42;
}
