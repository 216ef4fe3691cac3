// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays over buffers: misaligned offsets, lengths that do not fit and negative lengths throw RangeErrors with V8's messages
const buf = new ArrayBuffer(12);
const attempts: [string, () => number][] = [
  ["Int32 offset 2", () => new Int32Array(buf, 2).length],
  ["Int32 offset 4", () => new Int32Array(buf, 4).length],
  ["Float64 whole", () => new Float64Array(buf).length],
  ["Uint16 odd buffer", () => new Uint16Array(new ArrayBuffer(5)).length],
  ["Uint16 odd buffer with length", () => new Uint16Array(new ArrayBuffer(5), 0, 2).length],
  ["Uint8 offset past end", () => new Uint8Array(buf, 13).length],
  ["Uint8 offset at end", () => new Uint8Array(buf, 12).length],
  ["Uint8 too long", () => new Uint8Array(buf, 4, 9).length],
  ["Int16 length 0", () => new Int16Array(buf, 12, 0).length],
  ["negative length", () => new Uint8Array(-1).length],
  ["fractional length", () => new Uint8Array(2.5).length],
];
for (const attempt of attempts) {
  const what = attempt[0];
  const f = attempt[1];
  try {
    console.log(what, "->", f());
  } catch (e) {
    console.log(what, "->", (e as Error).name + ": " + (e as Error).message);
  }
}
