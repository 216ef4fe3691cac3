// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.all with mixed timings keeps input order

function after(ms: number, v: number): Promise<number> {
  return new Promise<number>((resolve) => { setTimeout(() => resolve(v), ms); });
}
Promise.all([after(30, 1), after(10, 2), after(20, 3), Promise.resolve(4)]).then((vs) => {
  console.log(vs.join(","));
  console.log(vs.length);
});
Promise.all([after(5, 1), Promise.reject(new Error("nope")), after(1, 3)]).then(
  () => console.log("unexpected"),
  (e: unknown) => console.log("all rejected:", (e as Error).message),
);
const empty: Promise<number>[] = [];
Promise.all(empty).then((vs) => console.log("empty", vs.length));
