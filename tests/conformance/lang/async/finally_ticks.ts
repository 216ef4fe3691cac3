// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// finally takes more ticks than then: the order against a plain chain
const out: string[] = [];
Promise.resolve("f").finally(() => out.push("finally cb")).then(() => out.push("after finally"));
Promise.reject("g").finally(() => out.push("finally cb (rejected)")).catch(() => out.push("after finally (rejected)"));
Promise.resolve("t")
  .then(() => out.push("then 1"))
  .then(() => out.push("then 2"))
  .then(() => out.push("then 3"))
  .then(() => out.push("then 4"))
  .then(() => out.push("then 5"))
  .then(() => out.push("then 6"));
setTimeout(() => console.log(out.join("\n")), 0);
