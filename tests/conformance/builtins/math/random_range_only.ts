// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: Math.random values are always in [0, 1) (only the property is printed, never a value)
let ok = true;
for (let i = 0; i < 10000; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
}
console.log(ok, typeof Math.random());
