// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: a length-prefixed little/big-endian record serializer and parser with mixed widths and strings
interface Rec { id: number; temp: number; flags: number; name: string; ratio: number; }
const recs: Rec[] = [
  { id: 1, temp: -40, flags: 0xff, name: "alpha", ratio: 0.25 },
  { id: 65535, temp: 1234, flags: 0, name: "", ratio: -1e-3 },
  { id: 300, temp: -32768, flags: 7, name: "héllo", ratio: 1 / 3 },
];
function encode(rs: Rec[], le: boolean): ArrayBuffer {
  let size = 2;
  for (const r of rs) size += 2 + 2 + 1 + 1 + r.name.length * 2 + 8;
  const buf = new ArrayBuffer(size);
  const dv = new DataView(buf);
  let o = 0;
  dv.setUint16(o, rs.length, le); o += 2;
  for (const r of rs) {
    dv.setUint16(o, r.id, le); o += 2;
    dv.setInt16(o, r.temp, le); o += 2;
    dv.setUint8(o, r.flags); o += 1;
    dv.setUint8(o, r.name.length); o += 1;
    for (let i = 0; i < r.name.length; i++) { dv.setUint16(o, r.name.charCodeAt(i), le); o += 2; }
    dv.setFloat64(o, r.ratio, le); o += 8;
  }
  return buf;
}
function decode(buf: ArrayBuffer, le: boolean): Rec[] {
  const dv = new DataView(buf);
  let o = 0;
  const n = dv.getUint16(o, le); o += 2;
  const out: Rec[] = [];
  for (let k = 0; k < n; k++) {
    const id = dv.getUint16(o, le); o += 2;
    const temp = dv.getInt16(o, le); o += 2;
    const flags = dv.getUint8(o); o += 1;
    const len = dv.getUint8(o); o += 1;
    let name = "";
    for (let i = 0; i < len; i++) { name += String.fromCharCode(dv.getUint16(o, le)); o += 2; }
    const ratio = dv.getFloat64(o, le); o += 8;
    out.push({ id, temp, flags, name, ratio });
  }
  return out;
}
for (const le of [true, false]) {
  const buf = encode(recs, le);
  const head = Array.from(new Uint8Array(buf, 0, 12)).map((b) => b.toString(16).padStart(2, "0")).join(" ");
  console.log(le, buf.byteLength, head);
  const back = decode(buf, le);
  console.log(JSON.stringify(back) === JSON.stringify(recs), back);
  const wrong = decode(buf.slice(0, 2 + 20), !le).length;
  console.log("swapped count", wrong);
}
