// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: number keys are converted to strings as JS converts property keys
const r: Record<number, string> = {};
r[1] = "one";
r[0.5] = "half";
r[-0] = "zero";
r[1e21] = "huge";
r[NaN] = "nan";
r[2] = "two";
console.log(r);
console.log(Object.keys(r).join(" "), 1 in r, 3 in r, r[0], r[1]);
const squares: Record<number, number> = {};
for (let i = 5; i >= 0; i--) squares[i * i] = i;
console.log(squares);
