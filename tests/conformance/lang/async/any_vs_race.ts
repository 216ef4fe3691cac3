// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the same inputs under Promise.any and Promise.race
function outcome(ms: number, ok: boolean, label: string): Promise<string> {
  return new Promise<string>((resolve, reject) => setTimeout(() => (ok ? resolve(label) : reject(label)), ms));
}
function report(name: string, p: Promise<string>): void {
  p.then(
    (v) => console.log(name, "fulfilled", v),
    (e: unknown) => console.log(name, "rejected", e instanceof AggregateError ? e.errors : e),
  );
}
report("race A", Promise.race([outcome(5, false, "fail@5"), outcome(10, true, "ok@10")]));
report("any A", Promise.any([outcome(5, false, "fail@5"), outcome(10, true, "ok@10")]));
report("race B", Promise.race([outcome(15, false, "fail@15"), outcome(20, false, "fail@20")]));
report("any B", Promise.any([outcome(15, false, "fail@15"), outcome(20, false, "fail@20")]));
