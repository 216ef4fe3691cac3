// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: for loops with empty parts, comma updates, zero-iteration loops, shadowed lets and do-while once
let i = 0;
for (;;) {
  if (++i > 4) break;
}
console.log("i", i);
let s = "";
for (let a = 0, b = 10; a < b; a += 3, b -= 2) s += `${a}:${b} `;
console.log(s);
let ran = 0;
for (let z = 5; z < 5; z++) ran++;
while (false as boolean) ran++;
do ran += 10; while (ran < 0);
console.log("ran", ran);
const x = 1;
{
  const x = 2;
  {
    const x = 3;
    console.log("inner", x);
  }
  console.log("middle", x);
}
console.log("outer", x);
let total = 0;
for (let n = 0; n < 5; n++) {
  let n2 = n * n;
  if (n2 % 2 === 0) continue;
  total += n2;
}
console.log("odd squares", total);
let countdown = 3;
const seq: number[] = [];
while (countdown--) seq.push(countdown);
console.log(seq.join(","), countdown);
let m = 0;
do {
  m++;
  if (m === 2) continue;
  seq.push(m * 100);
} while (m < 4);
console.log(seq.join(","));
let nested = "";
for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) {
    if (c > r) break;
    nested += r * 3 + c;
  }
  nested += ";";
}
console.log(nested);
