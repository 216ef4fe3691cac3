// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// AggregateError.errors read as unknown values: map, index, for-of, instanceof narrowing
class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}
async function request(status: number): Promise<string> {
  if (status >= 400) throw new HttpError(status);
  return `status ${status}`;
}
async function main(): Promise<void> {
  try {
    await Promise.any([request(404), request(500), request(503)]);
  } catch (e) {
    if (!(e instanceof AggregateError)) return;
    const statuses = e.errors.map((x: unknown) => (x instanceof HttpError ? x.status : 0));
    console.log(statuses);
    const first: unknown = e.errors[0];
    if (first instanceof HttpError) console.log("first:", first.message, first.status);
    let n = 0;
    for (const x of e.errors as unknown[]) if (x instanceof Error) n++;
    console.log(n, "errors", e.errors.length);
    const errs: unknown[] = e.errors;
    console.log(errs.length, typeof errs[1]);
  }
  const ok = await Promise.any([request(500), request(200)]);
  console.log(ok);
}
main();
