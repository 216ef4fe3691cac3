// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// then chains pass values along

Promise.resolve(1)
  .then((x) => x + 1)
  .then((x) => x * 10)
  .then((x) => { console.log("result", x); return "s" + x; })
  .then((s) => console.log(s.length));
