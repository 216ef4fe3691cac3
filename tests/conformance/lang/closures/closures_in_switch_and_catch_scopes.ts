// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: capturing block-scoped bindings from switch case blocks, catch clauses, labelled loops and finally
const fns: (() => string)[] = [];
for (let i = 0; i < 4; i++) {
  switch (i % 3) {
    case 0: {
      const tag = "zero" + i;
      fns.push(() => tag);
      break;
    }
    case 1: {
      let count = i;
      fns.push(() => `one${count++}`);
      fns.push(() => `peek${count}`);
      break;
    }
    default:
      fns.push(() => `other${i}`);
  }
}
console.log(fns.map((f) => f()).join(" "));
console.log(fns.map((f) => f()).join(" "));
const handlers: ((n: number) => string)[] = [];
for (const msg of ["a", "b", "c"]) {
  try {
    if (msg !== "b") throw new Error("err-" + msg);
    handlers.push((n) => `ok ${msg} ${n}`);
  } catch (e) {
    const err = e as Error;
    handlers.push((n) => `${err.message} ${n}`);
  } finally {
    const fin = msg.toUpperCase();
    handlers.push((n) => `fin ${fin}${n}`);
  }
}
console.log(handlers.map((h, i) => h(i)).join(" | "));
const grid: (() => number)[] = [];
outer: for (let r = 0; r < 4; r++) {
  for (let c = 0; c < 4; c++) {
    if (c > r) continue outer;
    if (r === 3) break outer;
    grid.push(() => r * 10 + c);
  }
}
console.log(grid.map((g) => g()).join(","));
let total = 0;
const adders = [1, 2, 3].map((k) => () => {
  total += k;
  return total;
});
console.log(adders[2](), adders[0](), adders[1](), adders[2](), total);
