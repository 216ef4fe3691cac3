// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: sin, cos, tan and their inverses at common angles and special values
const angles = [0, Math.PI / 6, Math.PI / 4, Math.PI / 3, Math.PI / 2, Math.PI, -Math.PI / 4];
console.log(angles.map((a) => Math.sin(a)).join(" "));
console.log(angles.map((a) => Math.cos(a)).join(" "));
console.log(angles.map((a) => Math.tan(a)).join(" "));
console.log(Math.asin(1), Math.asin(0.5), Math.asin(2), Math.acos(0), Math.acos(-1), Math.acos(1));
console.log(Math.atan(1), Math.atan(Infinity), Math.atan(-0));
console.log(Math.atan2(1, 1), Math.atan2(1, -1), Math.atan2(-0, -1), Math.atan2(0, -0), Math.atan2(-1, 0), Math.atan2(Infinity, Infinity));
