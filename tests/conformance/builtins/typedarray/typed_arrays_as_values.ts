// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// typed arrays as ordinary values: in object literals, arrays, optional parameters, closures, generics and unions with undefined
interface Channel {
  name: string;
  samples: Float32Array;
}
function makeChannel(name: string, n: number, f: (i: number) => number): Channel {
  const samples = new Float32Array(n);
  for (let i = 0; i < n; i++) samples[i] = f(i);
  return { name, samples };
}
function rms(c: Channel): number {
  let s = 0;
  for (const x of c.samples) s += x * x;
  return Math.sqrt(s / c.samples.length);
}
const channels: Channel[] = [makeChannel("ramp", 8, (i) => i / 8), makeChannel("square", 8, (i) => (i % 2 ? 1 : -1))];
for (const c of channels) console.log(c.name, rms(c).toFixed(6), c.samples.join(" "));
function counter(): () => Uint16Array {
  const counts = new Uint16Array(3);
  return () => {
    counts[counts[0] % 3]++;
    return counts;
  };
}
const tick = counter();
for (let i = 0; i < 7; i++) tick();
console.log(tick().join(","));
function firstOf<T>(xs: T[]): T {
  return xs[0];
}
const buffers = [new Int32Array([4, 5]), new Int32Array([6])];
console.log(firstOf(buffers).join("+"), buffers.map((b) => b.length).join(","));
function total(xs?: Uint8Array): number {
  if (xs === undefined) return -1;
  return xs.reduce((a, b) => a + b, 0);
}
console.log(total(), total(new Uint8Array([1, 2, 3])));
let maybe: Float64Array | undefined;
console.log(maybe?.length, maybe === undefined);
maybe = new Float64Array([2.5]);
console.log(maybe?.length, maybe[0], maybe.byteLength);
const mixed = { id: 7, raw: new Uint8Array([1, 2]), view: new DataView(new ArrayBuffer(2)) };
mixed.view.setUint16(0, 0x0102);
console.log(mixed);
