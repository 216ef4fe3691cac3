// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// DataView: encode and decode a binary record format with mixed field types and a string table
interface Rec {
  id: number;
  temp: number;
  flags: number;
  name: string;
}
function encode(rs: Rec[]): ArrayBuffer {
  let size = 4;
  for (const r of rs) size += 4 + 8 + 1 + 1 + r.name.length;
  const buf = new ArrayBuffer(size);
  const dv = new DataView(buf);
  let p = 0;
  dv.setUint32(p, rs.length, true);
  p += 4;
  for (const r of rs) {
    dv.setUint32(p, r.id);
    p += 4;
    dv.setFloat64(p, r.temp, true);
    p += 8;
    dv.setUint8(p++, r.flags);
    dv.setUint8(p++, r.name.length);
    for (let i = 0; i < r.name.length; i++) dv.setUint8(p++, r.name.charCodeAt(i));
  }
  return buf;
}
function decode(buf: ArrayBuffer): Rec[] {
  const dv = new DataView(buf);
  let p = 0;
  const n = dv.getUint32(p, true);
  p += 4;
  const out: Rec[] = [];
  for (let k = 0; k < n; k++) {
    const id = dv.getUint32(p);
    p += 4;
    const temp = dv.getFloat64(p, true);
    p += 8;
    const flags = dv.getUint8(p++);
    const len = dv.getUint8(p++);
    let name = "";
    for (let i = 0; i < len; i++) name += String.fromCharCode(dv.getUint8(p++));
    out.push({ id, temp, flags, name });
  }
  return out;
}
const recs: Rec[] = [
  { id: 1, temp: 21.5, flags: 3, name: "lab" },
  { id: 4000000000, temp: -40.125, flags: 255, name: "freezer" },
  { id: 7, temp: 0.1, flags: 0, name: "" },
];
const buf = encode(recs);
console.log(buf.byteLength, Array.from(new Uint8Array(buf, 0, 12)).join(" "));
for (const r of decode(buf)) console.log(r.id, r.temp, r.flags, JSON.stringify(r.name));
