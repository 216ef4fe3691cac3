// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// string conversion of numbers via concatenation versus console.log formatting
function show(x: number): void {
  console.log("" + x, x);
}
show(0);
show(-0);
show(1.5);
show(-1.5);
show(0.1 + 0.2);
show(1e21);
show(999999999999999999999);
show(1e-6);
show(1e-7);
show(123e-20);
show(2 ** 31);
show(-(2 ** 31));
show(2 ** 53 + 1);
show(5e-324);
show(1.7976931348623157e308);
show(0 / 0);
show(1 / 0);
show(-1 / 0);
show(1 / 3);
show(100 / 3);
show(4.35 * 100);
show(0.000001234);
show(1.5e300 * 1.5e10);
