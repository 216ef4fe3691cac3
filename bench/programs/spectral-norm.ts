// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// spectral-norm: the Benchmarks Game program — number[] arrays, nested loops,
// floating point, Math.sqrt.

function a(i: number, j: number): number {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function multiplyAv(n: number, v: number[], av: number[]): void {
  for (let i = 0; i < n; i++) {
    let sum: number = 0;
    for (let j = 0; j < n; j++) sum += a(i, j) * v[j];
    av[i] = sum;
  }
}

function multiplyAtv(n: number, v: number[], atv: number[]): void {
  for (let i = 0; i < n; i++) {
    let sum: number = 0;
    for (let j = 0; j < n; j++) sum += a(j, i) * v[j];
    atv[i] = sum;
  }
}

function multiplyAtAv(n: number, v: number[], out: number[], tmp: number[]): void {
  multiplyAv(n, v, tmp);
  multiplyAtv(n, tmp, out);
}

const N: number = 3000;
const u: number[] = [];
const v: number[] = [];
const tmp: number[] = [];
for (let i = 0; i < N; i++) {
  u.push(1);
  v.push(0);
  tmp.push(0);
}
for (let i = 0; i < 10; i++) {
  multiplyAtAv(N, u, v, tmp);
  multiplyAtAv(N, v, u, tmp);
}
let vBv: number = 0;
let vv: number = 0;
for (let i = 0; i < N; i++) {
  vBv += u[i] * v[i];
  vv += v[i] * v[i];
}
console.log(Math.sqrt(vBv / vv).toFixed(9));
