// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: stores convert with JS's rules (NaN, -0, 2^32+1, -1, fractions, infinities) for every integer type
const inputs = [NaN, -0, 0, 2 ** 32 + 1, -1, 255.9, -255.9, 2 ** 31, -(2 ** 31) - 1, 65535.5, 1e300, -Infinity, Infinity, 4294967295, 0.9999];
const i8 = new Int8Array(inputs.length);
const u8 = new Uint8Array(inputs.length);
const i16 = new Int16Array(inputs.length);
const u16 = new Uint16Array(inputs.length);
const i32 = new Int32Array(inputs.length);
const u32 = new Uint32Array(inputs.length);
for (let k = 0; k < inputs.length; k++) {
  const x = inputs[k];
  i8[k] = x;
  u8[k] = x;
  i16[k] = x;
  u16[k] = x;
  i32[k] = x;
  u32[k] = x;
}
console.log("i8 ", i8.join(" "));
console.log("u8 ", u8.join(" "));
console.log("i16", i16.join(" "));
console.log("u16", u16.join(" "));
console.log("i32", i32.join(" "));
console.log("u32", u32.join(" "));
const z = new Float64Array([-0]);
console.log(1 / z[0], 1 / new Int32Array([-0])[0]);
