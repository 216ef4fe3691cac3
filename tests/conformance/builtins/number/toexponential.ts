// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toExponential with and without fraction digits
const xs = [0, 1, 123456, 0.00015, -2.5, 1e21, 5e-324, 1.7976931348623157e308];
console.log(xs.map((x) => x.toExponential()).join(" "));
for (const d of [0, 2, 5]) console.log(d, xs.map((x) => x.toExponential(d)).join(" "));
console.log((1.5).toExponential(0), (2.5).toExponential(0), NaN.toExponential(2), Infinity.toExponential());
