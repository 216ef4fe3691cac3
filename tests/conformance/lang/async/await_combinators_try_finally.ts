// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// awaiting rejected combinators inside try/catch/finally in loops
async function attempt(round: number): Promise<number> {
  if (round % 2 === 0) throw `round ${round} failed`;
  return round * 10;
}
async function main(): Promise<void> {
  const log: string[] = [];
  for (let round = 1; round <= 4; round++) {
    try {
      const values = await Promise.all([attempt(round), attempt(1)]);
      log.push(`round ${round}: ${values}`);
    } catch (e) {
      log.push(`caught: ${e}`);
      continue;
    } finally {
      log.push(`finally ${round}`);
    }
    try {
      await Promise.any([attempt(2), attempt(4)]);
    } catch (e) {
      log.push(`any failed: ${e instanceof AggregateError ? e.errors.length : -1}`);
    }
  }
  console.log(log.join("\n"));
}
main();
