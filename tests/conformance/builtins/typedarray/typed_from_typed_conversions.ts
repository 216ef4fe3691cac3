// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: constructing each kind from another kind converts per element (wrap, clamp, fround); lengths and independence
const src = Float64Array.of(-1.5, 255.5, 65536.7, -32769, 1e10, NaN, 0.1, -0);
const show = (name: string, xs: number[]): void => console.log(name.padEnd(6), xs.map((x) => (x === 0 && 1 / x < 0 ? "-0" : String(x))).join(" "));
const i8 = new Int8Array(src); show("i8", Array.from(i8));
const u8 = new Uint8Array(src); show("u8", Array.from(u8));
const c8 = new Uint8ClampedArray(src); show("c8", Array.from(c8));
const i16 = new Int16Array(src); show("i16", Array.from(i16));
const u16 = new Uint16Array(src); show("u16", Array.from(u16));
const i32 = new Int32Array(src); show("i32", Array.from(i32));
const u32 = new Uint32Array(src); show("u32", Array.from(u32));
const f32 = new Float32Array(src); show("f32", Array.from(f32));
const back = new Float64Array(i8); show("back", Array.from(back));
const chain = new Uint8Array(new Int8Array(new Uint16Array(Int32Array.of(-1, 300, 70000))));
show("chain", Array.from(chain));
i8[0] = 99;
console.log(src[0], i8.buffer === src.buffer, i8.length, f32.byteLength, u32.byteLength);
