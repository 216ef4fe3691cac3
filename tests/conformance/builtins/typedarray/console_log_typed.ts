// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log of typed arrays, ArrayBuffers and DataViews, alone and nested, short and long
console.log(new Int8Array([-1, 0, 1]));
console.log(new Float32Array([0.1, -0, NaN]));
console.log(new Uint8ClampedArray(0), new Uint16Array(2));
console.log({ data: new Uint8Array([1, 2]), n: 1 });
console.log([new Float64Array([1.5]), new Int32Array(0)]);
const longer = new Uint16Array(40);
for (let i = 0; i < longer.length; i++) longer[i] = i * i;
console.log(longer);
console.log(new Uint8Array(120));
const buf = new ArrayBuffer(6);
new Uint8Array(buf).set([0, 15, 16, 171, 205, 255]);
console.log(buf);
console.log(new DataView(buf, 2, 3));
console.log(new ArrayBuffer(60));
console.log({ deep: { deeper: { deepest: new Uint8Array(1) } } });
console.log("%s and %d", "typed", new Uint8Array(2).length);
