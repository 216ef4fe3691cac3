// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// parsing and building network headers (Ethernet, IPv4 with checksum, UDP) with DataView in network byte order
function ipChecksum(dv: DataView, off: number, len: number): number {
  let sum = 0;
  for (let i = 0; i < len; i += 2) sum += dv.getUint16(off + i);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}
function build(src: number[], dst: number[], sport: number, dport: number, payload: string): ArrayBuffer {
  const buf = new ArrayBuffer(14 + 20 + 8 + payload.length);
  const dv = new DataView(buf);
  for (let i = 0; i < 6; i++) {
    dv.setUint8(i, 0xff);
    dv.setUint8(6 + i, 0x02 + i);
  }
  dv.setUint16(12, 0x0800);
  const ip = 14;
  dv.setUint8(ip, 0x45);
  dv.setUint16(ip + 2, 20 + 8 + payload.length);
  dv.setUint16(ip + 4, 0x1c46);
  dv.setUint16(ip + 6, 0x4000);
  dv.setUint8(ip + 8, 64);
  dv.setUint8(ip + 9, 17);
  for (let i = 0; i < 4; i++) {
    dv.setUint8(ip + 12 + i, src[i]);
    dv.setUint8(ip + 16 + i, dst[i]);
  }
  dv.setUint16(ip + 10, ipChecksum(dv, ip, 20));
  const udp = ip + 20;
  dv.setUint16(udp, sport);
  dv.setUint16(udp + 2, dport);
  dv.setUint16(udp + 4, 8 + payload.length);
  for (let i = 0; i < payload.length; i++) dv.setUint8(udp + 8 + i, payload.charCodeAt(i));
  return buf;
}
function parse(buf: ArrayBuffer): string {
  const dv = new DataView(buf);
  if (dv.getUint16(12) !== 0x0800) return "not IPv4";
  const ip = 14;
  const ihl = (dv.getUint8(ip) & 0x0f) * 4;
  const ok = ipChecksum(dv, ip, ihl) === 0;
  const addr = (o: number) => [0, 1, 2, 3].map((i) => dv.getUint8(o + i)).join(".");
  const udp = ip + ihl;
  const len = dv.getUint16(udp + 4) - 8;
  let text = "";
  for (let i = 0; i < len; i++) text += String.fromCharCode(dv.getUint8(udp + 8 + i));
  return `${addr(ip + 12)}:${dv.getUint16(udp)} -> ${addr(ip + 16)}:${dv.getUint16(udp + 2)} ttl=${dv.getUint8(ip + 8)} csum=${dv.getUint16(ip + 10).toString(16)} ok=${ok} "${text}"`;
}
const pkt = build([192, 168, 1, 10], [10, 0, 0, 255], 5353, 53, "hello, xen");
console.log(pkt.byteLength, parse(pkt));
const bytes = new Uint8Array(pkt);
bytes[14 + 8] = 1;
console.log(parse(pkt));
console.log(Array.from(bytes.subarray(0, 16)).map((b) => b.toString(16).padStart(2, "0")).join(":"));
