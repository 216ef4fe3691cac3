// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a byte ring buffer class over a Uint8Array: wrap-around writes and reads with subarray and set, typed array fields and results
class RingBuffer {
  private readonly data: Uint8Array;
  private head = 0;
  private tail = 0;
  private count = 0;
  constructor(capacity: number) {
    this.data = new Uint8Array(capacity);
  }
  get size(): number {
    return this.count;
  }
  get free(): number {
    return this.data.length - this.count;
  }
  write(bytes: Uint8Array): number {
    const n = Math.min(bytes.length, this.free);
    const first = Math.min(n, this.data.length - this.tail);
    this.data.set(bytes.subarray(0, first), this.tail);
    this.data.set(bytes.subarray(first, n), 0);
    this.tail = (this.tail + n) % this.data.length;
    this.count += n;
    return n;
  }
  read(max: number): Uint8Array {
    const n = Math.min(max, this.count);
    const out = new Uint8Array(n);
    const first = Math.min(n, this.data.length - this.head);
    out.set(this.data.subarray(this.head, this.head + first));
    out.set(this.data.subarray(0, n - first), first);
    this.head = (this.head + n) % this.data.length;
    this.count -= n;
    return out;
  }
  peek(i: number): number | undefined {
    return i < this.count ? this.data[(this.head + i) % this.data.length] : undefined;
  }
}
const ring = new RingBuffer(8);
const chunk = (from: number, n: number): Uint8Array => Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].slice(0, n), (x) => x + from);
console.log(ring.write(chunk(10, 5)), ring.size, ring.free);
console.log(ring.read(3).join(","), ring.size);
console.log(ring.write(chunk(20, 9)), ring.size, ring.peek(0), ring.peek(7), ring.peek(8));
console.log(ring.read(4).join(","), ring.read(100).join(","), ring.size);
const log: string[] = [];
for (let round = 0; round < 5; round++) {
  ring.write(chunk(round * 3, 3 + round));
  const got = ring.read(2 + round);
  log.push(`${round}:${got.join(".")}`);
}
console.log(log.join(" "), ring.size);
console.log(ring);
