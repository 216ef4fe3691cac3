// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: continue in do-while re-checks the condition, labelled continue to an outer do-while, nested labelled blocks
let i = 0;
const seen: number[] = [];
do {
  i++;
  if (i % 2 === 0) continue;
  seen.push(i);
} while (i < 7);
console.log(seen.join(","), i);
const trace: string[] = [];
let a = 0;
outer: do {
  a++;
  let b = 0;
  do {
    b++;
    if (b === 2) continue outer;
    trace.push(`${a}.${b}`);
  } while (b < 5);
  trace.push("never");
} while (a < 3);
console.log(trace.join(" "));
function classify(n: number): string {
  let res = "";
  top: {
    mid: {
      if (n < 0) break mid;
      inner: {
        if (n === 0) break inner;
        if (n > 100) break top;
        res += "positive ";
        break mid;
      }
      res += "zero ";
    }
    res += n < 0 ? "negative-ish " : "checked ";
  }
  return res + "end";
}
console.log([-3, 0, 7, 1000].map(classify).join(" | "));
let count = 0;
loop1: while (true) {
  loop2: for (;;) {
    count++;
    if (count % 3 === 0) continue loop1;
    if (count > 10) break loop1;
    if (count % 2 === 0) break loop2;
  }
  count += 100;
  if (count > 1000) break;
}
console.log(count);
