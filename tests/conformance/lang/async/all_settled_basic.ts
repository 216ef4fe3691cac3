// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.allSettled: result objects print like Node's and narrow on status
const inputs: Promise<number>[] = [Promise.resolve(1), Promise.reject("no"), Promise.resolve(3), Promise.reject(404)];
Promise.allSettled(inputs).then((results) => {
  console.log(results);
  console.log(results.length, typeof results[0]);
  let total = 0;
  for (const r of results) {
    if (r.status === "fulfilled") {
      total += r.value;
      console.log("fulfilled", r.value);
    } else {
      console.log("rejected", r.reason);
    }
  }
  console.log("total", total);
  console.log(results.map((r) => r.status).join("|"));
});
Promise.allSettled([Promise.resolve("a"), Promise.resolve("b")]).then((rs) => console.log(rs));
