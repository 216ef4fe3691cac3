// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// spectral-norm, AssemblyScript: bench/programs/spectral-norm.ts with
// Array<f64> and i32 indices.
import { printFixed } from './env';

function a(i: i32, j: i32): f64 {
  return 1.0 / (<f64>((i + j) * (i + j + 1)) / 2 + i + 1);
}

function multiplyAv(n: i32, v: f64[], av: f64[]): void {
  for (let i = 0; i < n; i++) {
    let sum: f64 = 0;
    for (let j = 0; j < n; j++) sum += a(i, j) * v[j];
    av[i] = sum;
  }
}

function multiplyAtv(n: i32, v: f64[], atv: f64[]): void {
  for (let i = 0; i < n; i++) {
    let sum: f64 = 0;
    for (let j = 0; j < n; j++) sum += a(j, i) * v[j];
    atv[i] = sum;
  }
}

function multiplyAtAv(n: i32, v: f64[], out: f64[], tmp: f64[]): void {
  multiplyAv(n, v, tmp);
  multiplyAtv(n, tmp, out);
}

export function main(): void {
  const N: i32 = 3000;
  const u: f64[] = [];
  const v: f64[] = [];
  const tmp: f64[] = [];
  for (let i = 0; i < N; i++) {
    u.push(1);
    v.push(0);
    tmp.push(0);
  }
  for (let i = 0; i < 10; i++) {
    multiplyAtAv(N, u, v, tmp);
    multiplyAtAv(N, v, u, tmp);
  }
  let vBv: f64 = 0;
  let vv: f64 = 0;
  for (let i = 0; i < N; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printFixed(Math.sqrt(vBv / vv), 9);
}
