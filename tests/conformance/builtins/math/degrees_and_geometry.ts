// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Math: geometry helpers: degrees/radians, polar conversion, distances and polygon area
const rad = (d: number): number => (d * Math.PI) / 180;
const deg = (r: number): number => (r * 180) / Math.PI;
for (const d of [0, 30, 45, 90, 180, 270]) {
  const r = rad(d);
  console.log(d, r.toFixed(6), Math.cos(r).toFixed(6), Math.sin(r).toFixed(6), deg(r));
}
const pts: Array<[number, number]> = [[0, 0], [4, 0], [4, 3], [0, 3]];
let area = 0;
for (let i = 0; i < pts.length; i++) {
  const [x1, y1] = pts[i];
  const [x2, y2] = pts[(i + 1) % pts.length];
  area += x1 * y2 - x2 * y1;
}
console.log(Math.abs(area) / 2, Math.hypot(4, 3), deg(Math.atan2(3, 4)).toFixed(4));
