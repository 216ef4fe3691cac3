// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: shortest round-trip printing around the 1e21 and 1e-7 notation switches, for powers, near-powers and negatives
for (let e = -10; e <= 25; e++) {
  const x = 10 ** e;
  console.log(e, x, -x, x * 1.5, x * 9.999999999999998, x - x / 1e16, String(x * 3));
}
const xs: number[] = [999999999999999900000, 999999999999999999999, 1e21 - 65536, 0.00000099999999, 0.0000001, 0.00000011, 1.2e-7, 123e-20, 5e-7, 4.999999999999999e-7];
for (const x of xs) console.log(x, String(x), `${-x}`, x.toString(10), [x].join());
