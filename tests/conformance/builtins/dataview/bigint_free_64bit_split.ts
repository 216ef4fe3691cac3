// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: read a 64-bit integer as two 32-bit halves in each byte order and recombine exactly below 2^53
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
function write64(v: number, little: boolean): void {
  const hi = Math.floor(v / 2 ** 32);
  const lo = v >>> 0;
  if (little) {
    dv.setUint32(0, lo, true);
    dv.setUint32(4, hi, true);
  } else {
    dv.setUint32(0, hi);
    dv.setUint32(4, lo);
  }
}
function read64(little: boolean): number {
  return little ? dv.getUint32(4, true) * 2 ** 32 + dv.getUint32(0, true) : dv.getUint32(0) * 2 ** 32 + dv.getUint32(4);
}
for (const v of [0, 1, 2 ** 32, 2 ** 53 - 1, 1234567890123]) {
  write64(v, true);
  const le = read64(true);
  const asBe = read64(false);
  write64(v, false);
  console.log(v, le, read64(false), asBe, Array.from(new Uint8Array(buf)).join("."));
}
