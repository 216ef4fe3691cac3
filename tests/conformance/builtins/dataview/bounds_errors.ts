// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: reads and writes past the view's end or at negative offsets throw RangeError: Offset is outside the bounds of the DataView
const dv = new DataView(new ArrayBuffer(8), 2);
console.log(dv.byteLength, dv.byteOffset);
function attempt(what: string, f: () => void): void {
  try {
    f();
    console.log(what, "ok");
  } catch (e) {
    console.log(what, (e as Error).name + ": " + (e as Error).message);
  }
}
attempt("getUint8(5)", () => {
  console.log(dv.getUint8(5));
});
attempt("getUint8(6)", () => {
  console.log(dv.getUint8(6));
});
attempt("getUint16(5)", () => {
  console.log(dv.getUint16(5));
});
attempt("getUint32(2)", () => {
  console.log(dv.getUint32(2));
});
attempt("getUint32(3)", () => {
  console.log(dv.getUint32(3));
});
attempt("getFloat64(0)", () => {
  console.log(dv.getFloat64(0));
});
attempt("setInt8(-1)", () => dv.setInt8(-1, 0));
attempt("setFloat32(2.9)", () => dv.setFloat32(2.9, 1));
attempt("setFloat32(3)", () => dv.setFloat32(3, 1));
attempt("getInt16(NaN)", () => {
  console.log(dv.getInt16(NaN));
});
attempt("getInt8(Infinity)", () => {
  console.log(dv.getInt8(Infinity));
});
attempt("getInt8(-0.5)", () => {
  console.log(dv.getInt8(-0.5));
});
attempt("new DataView(buf, 9)", () => {
  console.log(new DataView(new ArrayBuffer(8), 9));
});
attempt("new DataView(buf, 4, 5)", () => {
  console.log(new DataView(new ArrayBuffer(8), 4, 5));
});
attempt("new DataView(buf, 8)", () => {
  console.log(new DataView(new ArrayBuffer(8), 8).byteLength);
});
