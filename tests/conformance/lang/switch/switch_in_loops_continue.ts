// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: break leaves the switch only; continue inside switch continues the enclosing loop
const out: string[] = [];
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      out.push("a" + i);
      break;
    case 1:
      continue;
    default:
      out.push("b" + i);
  }
  out.push("|");
}
console.log(out.join(""));
let i = 0;
loop: while (true) {
  switch (i++) {
    case 5:
      break loop;
    case 2:
      continue loop;
    default:
      out.length = 0;
  }
  console.log("iter", i);
}
console.log("end", i);
