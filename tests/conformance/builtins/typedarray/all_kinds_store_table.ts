// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays: one table of tricky values stored into all 9 kinds via index, fill, set, of and from
const vals = [NaN, -0, 2 ** 32 + 1, -1, 255.5, 254.5, 256, -129, 32768, 1.5, -1.5, 0.5, 1e10, 16777217, 3.4e39, 1 / 3];
function row(name: string, xs: number[]): void {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    out.push(v === 0 && 1 / v < 0 ? "-0" : String(v));
  }
  console.log(name.padEnd(7), out.join(" "));
}
const i8 = new Int8Array(vals.length); const u8 = new Uint8Array(vals.length); const c8 = new Uint8ClampedArray(vals.length);
const i16 = new Int16Array(vals.length); const u16 = new Uint16Array(vals.length); const i32 = new Int32Array(vals.length);
const u32 = new Uint32Array(vals.length); const f32 = new Float32Array(vals.length); const f64 = new Float64Array(vals.length);
for (let k = 0; k < vals.length; k++) { i8[k] = vals[k]; u8[k] = vals[k]; c8[k] = vals[k]; i16[k] = vals[k]; u16[k] = vals[k]; i32[k] = vals[k]; u32[k] = vals[k]; f32[k] = vals[k]; f64[k] = vals[k]; }
row("i8", Array.from(i8)); row("u8", Array.from(u8)); row("c8", Array.from(c8)); row("i16", Array.from(i16)); row("u16", Array.from(u16)); row("i32", Array.from(i32)); row("u32", Array.from(u32)); row("f32", Array.from(f32)); row("f64", Array.from(f64));
row("of-u8", Array.from(Uint8Array.of(NaN, -0, 2 ** 32 + 1, -1, 255.5, 256, -129)));
row("from-c8", Array.from(Uint8ClampedArray.from(vals)));
row("fromMap", Array.from(Int16Array.from(vals, (x) => x * 2)));
const s = new Uint16Array(vals.length); s.set(vals); row("set-u16", Array.from(s));
const fl = new Int8Array(3); fl.fill(200); row("fill-i8", Array.from(fl));
const fc = new Uint8ClampedArray(3); fc.fill(-5); row("fill-c8", Array.from(fc));
const ff = new Float32Array(2); ff.fill(0.1); row("fill-f32", Array.from(ff));
console.log(i8.BYTES_PER_ELEMENT, u16.BYTES_PER_ELEMENT, f32.BYTES_PER_ELEMENT, f64.BYTES_PER_ELEMENT, Uint32Array.BYTES_PER_ELEMENT, Uint8ClampedArray.BYTES_PER_ELEMENT);
