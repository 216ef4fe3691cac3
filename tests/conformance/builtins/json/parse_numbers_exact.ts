// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse reads numbers exactly as V8 does (correctly rounded)
const texts = ["0", "-0", "0.1", "0.30000000000000004", "1e21", "1E-7", "1e+2", "-1.5e-300", "5e-324", "2e-324", "1.7976931348623157e308", "1.7976931348623159e308", "9007199254740993", "123456789012345678901234567890", "0.000001", "3.141592653589793238462643383279", "1e400", "-1e400", "100e-2"];
for (const t of texts) {
  const x: number = JSON.parse(t);
  console.log(t, x, 1 / x === -Infinity ? "neg-zero" : "", x === Number(t));
}
const all: number[] = JSON.parse("[" + texts.join(",") + "]");
console.log(all.length, all.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0));
