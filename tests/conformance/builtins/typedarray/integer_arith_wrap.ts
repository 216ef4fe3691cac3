// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: compound assignment and ++/-- wrap at each integer width; Int32 overflow, Uint32 underflow
const i8 = Int8Array.of(127, -128, 0);
i8[0]++; i8[1]--; i8[2] -= 129;
console.log(i8.join(" "));
const u8 = Uint8Array.of(255, 0, 100);
u8[0] += 1; u8[1]--; u8[2] *= 3;
console.log(u8.join(" "));
const i16 = Int16Array.of(32767, -32768, 1000);
i16[0] += 2; i16[1] -= 2; i16[2] *= 1000;
console.log(i16.join(" "));
const u16 = Uint16Array.of(65535, 1);
u16[0]++; u16[1] -= 2;
console.log(u16.join(" "));
const i32 = Int32Array.of(2147483647, -2147483648, 65536);
i32[0]++; i32[1]--; i32[2] *= 65536;
console.log(i32.join(" "));
const u32 = Uint32Array.of(0, 4294967295, 3);
u32[0]--; u32[1] += 2; u32[2] <<= 31;
console.log(u32.join(" "));
const post = Uint8Array.of(255);
const old = post[0]++;
console.log(old, post[0], ++post[0], post[0]--, post[0]);
const f32 = Float32Array.of(16777216);
f32[0]++;
console.log(f32[0], f32[0] + 1);
