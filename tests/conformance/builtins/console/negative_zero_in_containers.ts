// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: -0 inside arrays, objects, Maps, Sets and class fields prints as -0, while 0 stays 0
class Holder {
  constructor(public v: number, public vs: number[]) {}
}
const nz = -0;
console.log([nz], [0, nz, -0.0, 0 * -1], { a: nz, b: 0 });
console.log(new Holder(nz, [nz, 1, -1]));
console.log(new Map<number, number>([[nz, nz]]), new Set<number>([nz]));
console.log([[nz]], { deep: { deeper: [nz] } });
console.log([Math.round(-0.2), Math.trunc(-0.7), -5 % 5, 0 / -3, Math.sign(-0), Math.min(0, -0), Math.max(0, -0)]);
console.log(nz, [nz].join(), `${[nz]}`, String([nz]), JSON.stringify({ a: nz }));
const arr: number[] = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? -0 : i));
console.log(arr);
