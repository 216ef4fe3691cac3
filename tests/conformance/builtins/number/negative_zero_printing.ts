// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: -0 prints as -0 in console.log but as 0 in String, template literals, concatenation and formatting methods
const isNegZero = (x: number): boolean => x === 0 && 1 / x < 0;
const z = -0;
console.log(z, 0 * -1, -0 + 0, -0 - 0, Math.round(-0.4), 1 / z, isNegZero(z), z === 0);
console.log(String(z), `${z}`, "" + z, z.toString(), z.toString(2), z.toFixed(2), z.toPrecision(3), z.toExponential(1));
console.log(JSON.stringify(z), JSON.stringify([z]), [z].join(","), [z, 0].toString());
console.log([z], [z, 0, -0.0]);
console.log({ v: z });
console.log("%d %i %f %s", z, z, z, z);
console.log((-1e-320 * 1e-10), -1 % 1, -4 % 2, 4 % -2, Math.trunc(-0.9), Math.ceil(-0.5), -0 * 5);
console.log(Number("-0"), parseFloat("-0"), parseInt("-0"), Math.min(0, -0), Math.max(-0, 0), Math.sign(-0), Math.abs(-0));
