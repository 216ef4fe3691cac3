// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// for await over an array of promises
async function main(): Promise<void> {
  for await (const x of [Promise.resolve(1)]) console.log(x);
}
main();
