// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a Matrix class with arithmetic, transpose, determinant, inverse via Gauss-Jordan, and error classes for bad shapes
class ShapeError extends Error {
  constructor(op: string, a: Matrix, b: Matrix) {
    super(`${op}: ${a.shape()} vs ${b.shape()}`);
    this.name = "ShapeError";
  }
}
class SingularError extends Error {
  name = "SingularError";
}
class Matrix {
  readonly data: number[][];
  constructor(readonly rows: number, readonly cols: number, fill: (r: number, c: number) => number = () => 0) {
    this.data = [];
    for (let r = 0; r < rows; r++) {
      const row: number[] = [];
      for (let c = 0; c < cols; c++) row.push(fill(r, c));
      this.data.push(row);
    }
  }
  static of(rows: number[][]): Matrix {
    return new Matrix(rows.length, rows[0]?.length ?? 0, (r, c) => rows[r][c]);
  }
  static identity(n: number): Matrix {
    return new Matrix(n, n, (r, c) => (r === c ? 1 : 0));
  }
  shape(): string {
    return this.rows + "x" + this.cols;
  }
  at(r: number, c: number): number {
    return this.data[r][c];
  }
  map(f: (v: number, r: number, c: number) => number): Matrix {
    return new Matrix(this.rows, this.cols, (r, c) => f(this.data[r][c], r, c));
  }
  add(o: Matrix): Matrix {
    if (o.rows !== this.rows || o.cols !== this.cols) throw new ShapeError("add", this, o);
    return this.map((v, r, c) => v + o.at(r, c));
  }
  scale(k: number): Matrix {
    return this.map((v) => v * k);
  }
  mul(o: Matrix): Matrix {
    if (this.cols !== o.rows) throw new ShapeError("mul", this, o);
    return new Matrix(this.rows, o.cols, (r, c) => {
      let s = 0;
      for (let k = 0; k < this.cols; k++) s += this.data[r][k] * o.data[k][c];
      return s;
    });
  }
  transpose(): Matrix {
    return new Matrix(this.cols, this.rows, (r, c) => this.data[c][r]);
  }
  det(): number {
    if (this.rows !== this.cols) throw new ShapeError("det", this, this);
    if (this.rows === 1) return this.data[0][0];
    if (this.rows === 2) return this.data[0][0] * this.data[1][1] - this.data[0][1] * this.data[1][0];
    let d = 0;
    for (let c = 0; c < this.cols; c++) {
      const minor = new Matrix(this.rows - 1, this.cols - 1, (r, cc) => this.data[r + 1][cc < c ? cc : cc + 1]);
      d += (c % 2 === 0 ? 1 : -1) * this.data[0][c] * minor.det();
    }
    return d;
  }
  inverse(): Matrix {
    const n = this.rows;
    if (n !== this.cols) throw new ShapeError("inverse", this, this);
    const a = this.data.map((row, r) => [...row, ...Matrix.identity(n).data[r]]);
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
      if (Math.abs(a[pivot][col]) < 1e-12) throw new SingularError("matrix is singular");
      [a[col], a[pivot]] = [a[pivot], a[col]];
      const p = a[col][col];
      for (let c = 0; c < 2 * n; c++) a[col][c] /= p;
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const f = a[r][col];
        if (f !== 0) for (let c = 0; c < 2 * n; c++) a[r][c] -= f * a[col][c];
      }
    }
    return new Matrix(n, n, (r, c) => a[r][c + n]);
  }
  equals(o: Matrix, eps: number = 1e-9): boolean {
    if (o.rows !== this.rows || o.cols !== this.cols) return false;
    return this.data.every((row, r) => row.every((v, c) => Math.abs(v - o.at(r, c)) <= eps));
  }
  toString(digits: number = 3): string {
    const cells = this.data.map((row) => row.map((v) => (Object.is(v, -0) ? 0 : v).toFixed(digits)));
    const w = Math.max(...cells.map((row) => Math.max(...row.map((s) => s.length))));
    return cells.map((row) => "[ " + row.map((s) => s.padStart(w)).join(" ") + " ]").join("\n");
  }
}
const A = Matrix.of([
  [2, -1, 0],
  [-1, 2, -1],
  [0, -1, 2],
]);
const B = Matrix.of([
  [1, 2],
  [3, 4],
  [5, 6],
]);
console.log(A.toString(0));
console.log("det", A.det(), "shape", B.shape(), B.transpose().shape());
console.log(A.mul(B).toString(1));
const inv = A.inverse();
console.log(inv.toString(4));
console.log("A*inv == I", A.mul(inv).equals(Matrix.identity(3)), inv.mul(A).equals(Matrix.identity(3)));
console.log(B.transpose().mul(B).toString(0), B.transpose().mul(B).det());
const rot = (t: number): Matrix =>
  Matrix.of([
    [Math.cos(t), -Math.sin(t)],
    [Math.sin(t), Math.cos(t)],
  ]);
let r = Matrix.identity(2);
for (let i = 0; i < 8; i++) r = r.mul(rot(Math.PI / 4));
console.log("8 eighth-turns == I", r.equals(Matrix.identity(2)), r.det().toFixed(12));
const hilbert = new Matrix(4, 4, (i, j) => 1 / (i + j + 1));
console.log("hilbert det", hilbert.det().toExponential(6), hilbert.mul(hilbert.inverse()).equals(Matrix.identity(4), 1e-8));
const attempts: Array<[string, () => Matrix | number]> = [
  ["add", () => A.add(B)],
  ["mul", () => B.mul(B)],
  ["singular", () => Matrix.of([[1, 2], [2, 4]]).inverse()],
  ["det", () => B.det()],
  ["ok", () => A.add(A).scale(0.5).det()],
];
for (const [name, f] of attempts) {
  try {
    const v = f();
    console.log(name, "->", typeof v === "number" ? v : v.shape());
  } catch (e) {
    const err = e as Error;
    console.log(name, "failed:", err.name, err.message, e instanceof ShapeError);
  }
}
