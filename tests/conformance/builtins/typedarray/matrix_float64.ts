// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// numeric kernels on Float64Array: matrix multiply, transpose, Gaussian elimination and a dot product
function matmul(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  }
  return c;
}
function solve(m: Float64Array, rhs: Float64Array, n: number): Float64Array {
  const a = m.slice();
  const b = rhs.slice();
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) pivot = r;
    for (let j = 0; j < n; j++) {
      const t = a[col * n + j];
      a[col * n + j] = a[pivot * n + j];
      a[pivot * n + j] = t;
    }
    const tb = b[col];
    b[col] = b[pivot];
    b[pivot] = tb;
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col] / a[col * n + col];
      for (let j = col; j < n; j++) a[r * n + j] -= f * a[col * n + j];
      b[r] -= f * b[col];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let j = r + 1; j < n; j++) s -= a[r * n + j] * x[j];
    x[r] = s / a[r * n + r];
  }
  return x;
}
const n = 3;
const a = Float64Array.of(2, 1, -1, -3, -1, 2, -2, 1, 2);
const id = new Float64Array(9);
for (let i = 0; i < n; i++) id[i * n + i] = 1;
console.log(matmul(a, id, n).join(" "), matmul(a, a, n).join(" "));
console.log(solve(a, Float64Array.of(8, -11, -3), n).map((v) => Math.round(v * 1e9) / 1e9).join(" "));
const u = new Float64Array(1000);
const v = new Float64Array(1000);
for (let i = 0; i < 1000; i++) {
  u[i] = Math.sin(i);
  v[i] = Math.cos(i);
}
let dot = 0;
for (let i = 0; i < 1000; i++) dot += u[i] * v[i];
console.log(dot.toFixed(12), u.subarray(0, 3).join(" "));
