// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: toPrecision chooses fixed or exponential notation by magnitude
const xs = [123.456, 0.000123, 1e21, 123456789, 0.1, -5.5, 0, 1e-7, 99.99];
for (const p of [1, 2, 4, 8, 21]) console.log(p, xs.map((x) => x.toPrecision(p)).join(" "));
console.log((1.25).toPrecision(2), (1.35).toPrecision(2), (15).toPrecision(1), (25).toPrecision(1), (123).toPrecision());
