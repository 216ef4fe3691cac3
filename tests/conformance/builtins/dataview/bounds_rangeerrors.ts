// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: reads and writes at the last valid offset succeed, one past throws RangeError for every width; constructor bounds
const buf = new ArrayBuffer(10);
const dv = new DataView(buf, 2, 6);
const widths: [string, number][] = [["Int8", 1], ["Uint8", 1], ["Int16", 2], ["Uint16", 2], ["Int32", 4], ["Uint32", 4], ["Float32", 4], ["Float64", 8]];
function attempt(label: string, f: () => number | void): void {
  try {
    const r = f();
    console.log(label, "ok", r);
  } catch (e) {
    console.log(label, (e as Error).name, (e as Error).message, e instanceof RangeError);
  }
}
for (const [name, w] of widths) {
  const last = dv.byteLength - w;
  switch (name) {
    case "Int8": attempt(name + "@" + last, () => dv.getInt8(last)); attempt(name + "@" + (last + 1), () => dv.getInt8(last + 1)); attempt("set", () => dv.setInt8(last + 1, 1)); break;
    case "Uint8": attempt(name + "@" + last, () => dv.getUint8(last)); attempt(name + "@-1", () => dv.getUint8(-1)); break;
    case "Int16": attempt(name + "@" + last, () => dv.getInt16(last)); attempt(name + "@" + (last + 1), () => dv.getInt16(last + 1, true)); break;
    case "Uint16": attempt("set@" + last, () => dv.setUint16(last, 7)); attempt("set@" + (last + 1), () => dv.setUint16(last + 1, 7, true)); break;
    case "Int32": attempt(name + "@" + last, () => dv.getInt32(last)); attempt(name + "@" + (last + 1), () => dv.getInt32(last + 1)); break;
    case "Uint32": attempt("set@" + (last + 1), () => dv.setUint32(last + 1, 1)); break;
    case "Float32": attempt(name + "@" + last, () => dv.getFloat32(last)); attempt(name + "@" + (last + 1), () => dv.getFloat32(last + 1)); break;
    case "Float64": attempt(name + "@0", () => dv.getFloat64(0)); attempt("set@0", () => dv.setFloat64(0, 1, true)); break;
  }
}
attempt("ctor 11", () => { new DataView(buf, 11); });
attempt("ctor 10", () => new DataView(buf, 10).byteLength);
attempt("ctor 4+7", () => { new DataView(buf, 4, 7); });
attempt("ctor 4+6", () => new DataView(buf, 4, 6).byteLength);
attempt("ctor -1", () => { new DataView(buf, -1); });
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf, new Uint8Array(buf).join(","));
