// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// throwing and catching AggregateError, synchronously and in async functions
function validate(values: number[]): void {
  const problems: string[] = [];
  for (const v of values) {
    if (v < 0) problems.push(`negative: ${v}`);
    if (v > 100) problems.push(`too big: ${v}`);
  }
  if (problems.length > 0) throw new AggregateError(problems, `${problems.length} problems`);
}
try {
  validate([1, -2, 300, 50, -1]);
} catch (e) {
  if (e instanceof AggregateError) {
    console.log(e.message);
    for (const p of e.errors as unknown[]) console.log(" -", p);
  }
}
async function check(values: number[]): Promise<string> {
  validate(values);
  return "ok";
}
check([1, 2]).then((s) => console.log(s));
check([1000]).catch((e: unknown) => {
  if (e instanceof AggregateError) console.log("async:", e.message, e.errors);
});
async function main(): Promise<void> {
  try {
    await Promise.any([check([-5]), check([500])]);
  } catch (e) {
    if (e instanceof AggregateError) {
      console.log(e.message);
      const inner = e.errors.map((x: unknown) => (x instanceof AggregateError ? x.message : "?"));
      console.log(inner);
    }
  }
}
main();
