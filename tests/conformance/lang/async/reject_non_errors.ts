// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// rejections with non-Error values reach catch handlers unchanged
class Problem {
  constructor(readonly code: number, readonly text: string) {}
}
const reasons: unknown[] = [42, "text", null, undefined, true, [1, 2], { code: 7 }, new Problem(500, "server")];
reasons.forEach((r, i) => {
  Promise.reject(r).catch((got: unknown) => {
    console.log(i, got === r, typeof got, got);
  });
});
new Promise<number>((_, reject) => reject(new Problem(404, "missing"))).catch((e: unknown) => {
  if (e instanceof Problem) console.log("problem", e.code, e.text);
});
async function thrower(): Promise<number> {
  throw -0;
}
thrower().catch((e: unknown) => console.log("thrown", e, e === 0 && 1 / (e as number) < 0));
Promise.allSettled([Promise.reject(new Problem(1, "a")), Promise.reject(undefined)]).then((rs) => console.log(rs));
