// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a little binary serialiser: LEB128 varints, zigzag signed ints, length-prefixed strings and float fields through a growing buffer
class Writer {
  private buf = new ArrayBuffer(4);
  private dv = new DataView(this.buf);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.buf.byteLength) return;
    let cap = this.buf.byteLength * 2;
    while (cap < this.length + n) cap *= 2;
    const next = new ArrayBuffer(cap);
    new Uint8Array(next).set(new Uint8Array(this.buf, 0, this.length));
    this.buf = next;
    this.dv = new DataView(next);
  }
  byte(b: number): void {
    this.ensure(1);
    this.dv.setUint8(this.length++, b);
  }
  varint(v: number): void {
    while (v >= 0x80) {
      this.byte((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }
  sint(v: number): void {
    this.varint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
  f64(x: number): void {
    this.ensure(8);
    this.dv.setFloat64(this.length, x, true);
    this.length += 8;
  }
  str(s: string): void {
    this.varint(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }
  bytes(): Uint8Array {
    return new Uint8Array(this.buf, 0, this.length);
  }
}
class Reader {
  private at = 0;
  private readonly dv: DataView;
  constructor(private readonly data: Uint8Array) {
    this.dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  varint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.dv.getUint8(this.at++);
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  }
  sint(): number {
    const z = this.varint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  f64(): number {
    const x = this.dv.getFloat64(this.at, true);
    this.at += 8;
    return x;
  }
  str(): string {
    const n = this.varint();
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.data[this.at++]);
    return s;
  }
  get done(): boolean {
    return this.at >= this.data.length;
  }
}
const w = new Writer();
const unsigned = [0, 1, 127, 128, 300, 16383, 16384, 2 ** 32, 2 ** 53 - 1];
const signed = [0, -1, 1, -64, 64, -65, -(2 ** 31), 2 ** 40];
for (const u of unsigned) w.varint(u);
for (const s of signed) w.sint(s);
w.f64(-273.15);
w.str("typed");
w.str("");
const out = w.bytes();
console.log(out.length, out.byteLength, out.buffer.byteLength, Array.from(out.subarray(0, 12)).map((b) => b.toString(16)).join(" "));
const r = new Reader(out);
console.log(unsigned.map(() => r.varint()).join(","));
console.log(signed.map(() => r.sint()).join(","));
console.log(r.f64(), JSON_ish(r.str()), JSON_ish(r.str()), r.done);
function JSON_ish(s: string): string {
  return "<" + s + ">";
}
const offsetCopy = new Uint8Array(out.length + 3);
offsetCopy.set(out, 3);
const r2 = new Reader(offsetCopy.subarray(3));
console.log(r2.varint(), r2.varint(), r2.varint(), r2.varint());
