// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// iteration: classic for loops with empty parts, multiple variables and non-unit steps
let s = "";
for (let i = 10; i > 0; i -= 3) s += i + " ";
console.log(s);
let k = 0;
for (;;) {
  if (++k > 4) break;
}
console.log(k);
let t = "";
for (let i = 0, j = 5; i <= j; i++, j--) t += i + "" + j + " ";
console.log(t);
const grid: string[] = [];
for (let r = 0; r < 3; r++) {
  let row = "";
  for (let c = 0; c < 4; c++) row += (r + c) % 2 === 0 ? "#" : ".";
  grid.push(row);
}
console.log(grid.join("\n"));
for (let f = 0.1; f < 0.5; f += 0.1) console.log(f);
