// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a binary packet codec over DataView and Uint8Array: header, TLV options, checksum, fragmentation and reassembly, corruption detection
interface Packet {
  version: number;
  kind: number;
  seq: number;
  timestamp: number;
  flags: number;
  options: Opt[];
  payload: number[];
}
interface Opt {
  tag: number;
  value: number;
}
const MAGIC = 0x7a58;
const HEADER = 24;
function checksum(bytes: Uint8Array, from: number, to: number): number {
  // The Internet checksum: ones' complement sum of 16-bit big-endian words.
  let sum = 0;
  for (let i = from; i < to; i += 2) {
    const hi = bytes[i];
    const lo = i + 1 < to ? bytes[i + 1] : 0;
    sum += (hi << 8) | lo;
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  }
  return ~sum & 0xffff;
}
function encodedSize(p: Packet): number {
  return HEADER + p.options.length * 6 + p.payload.length;
}
function encode(p: Packet): ArrayBuffer {
  const buf = new ArrayBuffer(encodedSize(p));
  const dv = new DataView(buf);
  const bytes = new Uint8Array(buf);
  dv.setUint16(0, MAGIC);
  dv.setUint8(2, (p.version << 4) | (p.kind & 0x0f));
  dv.setUint8(3, p.flags);
  dv.setUint32(4, p.seq);
  dv.setFloat64(8, p.timestamp, true);
  dv.setUint16(16, p.options.length);
  dv.setUint16(18, p.payload.length);
  dv.setUint16(20, 0); // checksum, filled in below
  dv.setInt16(22, -1);
  let at = HEADER;
  for (const o of p.options) {
    dv.setUint16(at, o.tag, true);
    dv.setInt32(at + 2, o.value, true);
    at += 6;
  }
  bytes.set(p.payload, at);
  dv.setUint16(20, checksum(bytes, 0, bytes.length));
  return buf;
}
function decode(buf: ArrayBuffer): Packet | string {
  if (buf.byteLength < HEADER) return "short packet";
  const dv = new DataView(buf);
  const bytes = new Uint8Array(buf);
  if (dv.getUint16(0) !== MAGIC) return "bad magic " + dv.getUint16(0).toString(16);
  if (checksum(bytes, 0, bytes.length) !== 0) return "bad checksum";
  const vk = dv.getUint8(2);
  const nOpts = dv.getUint16(16);
  const nPayload = dv.getUint16(18);
  if (HEADER + nOpts * 6 + nPayload !== buf.byteLength) return "bad length";
  const options: Opt[] = [];
  let at = HEADER;
  for (let i = 0; i < nOpts; i++) {
    options.push({ tag: dv.getUint16(at, true), value: dv.getInt32(at + 2, true) });
    at += 6;
  }
  return {
    version: vk >> 4,
    kind: vk & 0x0f,
    seq: dv.getUint32(4),
    timestamp: dv.getFloat64(8, true),
    flags: dv.getUint8(3),
    options,
    payload: Array.from(bytes.subarray(at)),
  };
}
function hex(buf: ArrayBuffer, n: number): string {
  const b = new Uint8Array(buf, 0, Math.min(n, buf.byteLength));
  let s = "";
  for (const x of b) s += x.toString(16).padStart(2, "0");
  return s;
}
function show(p: Packet | string): string {
  if (typeof p === "string") return "error: " + p;
  const opts = p.options.map((o) => o.tag + "=" + o.value).join(",");
  return `v${p.version} k${p.kind} seq=${p.seq} t=${p.timestamp} f=${p.flags} opts=[${opts}] payload=${p.payload.length}:${p.payload.slice(0, 8).join(".")}`;
}
function fragment(buf: ArrayBuffer, mtu: number): Uint8Array[] {
  const all = new Uint8Array(buf);
  const out: Uint8Array[] = [];
  for (let off = 0; off < all.length; off += mtu) out.push(all.slice(off, off + mtu));
  return out;
}
function reassemble(parts: Uint8Array[]): ArrayBuffer {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.buffer;
}
const payload: number[] = [];
for (let i = 0; i < 50; i++) payload.push((i * 37) & 0xff);
const packets: Packet[] = [
  { version: 1, kind: 2, seq: 1, timestamp: 1700000000.25, flags: 0x81, options: [], payload: [1, 2, 3] },
  { version: 3, kind: 15, seq: 4294967295, timestamp: -0.5, flags: 0, options: [{ tag: 7, value: -123456 }, { tag: 65535, value: 2147483647 }], payload },
  { version: 0, kind: 0, seq: 0, timestamp: 0, flags: 255, options: [{ tag: 1, value: -1 }], payload: [] },
];
for (const p of packets) {
  const buf = encode(p);
  console.log(buf.byteLength, hex(buf, 24));
  console.log(" ", show(decode(buf)));
  const parts = fragment(buf, 16);
  const back = reassemble(parts);
  console.log("  fragments", parts.length, parts.map((f) => f.length).join("+"), show(decode(back)) === show(decode(buf)));
}
const good = encode(packets[1]);
const corrupt = good.slice(0);
new Uint8Array(corrupt)[40] ^= 0x10;
console.log(show(decode(corrupt)));
const wrongMagic = good.slice(0);
new DataView(wrongMagic).setUint16(0, 0xbeef);
console.log(show(decode(wrongMagic)));
console.log(show(decode(good.slice(0, 10))));
console.log(show(decode(good.slice(0, good.byteLength - 1))));
