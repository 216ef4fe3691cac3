// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: parseFloat(String(x)) round-trips every double printed; toFixed/parseFloat pairs
let seed = 12345;
function next(): number {
  seed = (seed * 16807) % 2147483647;
  return seed;
}
let ok = 0;
const samples: string[] = [];
for (let i = 0; i < 2000; i++) {
  const x = (next() / 2147483647) * 10 ** ((next() % 40) - 20) * (next() % 2 ? -1 : 1);
  if (parseFloat(String(x)) === x && Number(x.toString()) === x) ok++;
  if (i % 400 === 0) samples.push(String(x));
}
console.log(ok, samples.join(" "));
console.log(parseFloat((1 / 3).toFixed(5)), parseFloat((2 / 3).toPrecision(3)), parseFloat((12345.6789).toExponential(2)));
