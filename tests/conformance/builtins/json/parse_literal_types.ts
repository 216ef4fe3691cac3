// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// literal types in the target: the parsed values are the declared literals
interface Shape {
  kind: "circle" | "square";
  size: 1 | 2 | 3;
  filled: true;
}
const shapes: Shape[] = JSON.parse('[{"kind":"circle","size":2,"filled":true},{"kind":"square","size":3,"filled":true}]');
let area = 0;
for (const s of shapes) area += s.kind === "circle" ? 3 * s.size * s.size : s.size * s.size;
console.log(shapes.length, area, shapes.map((s) => s.kind).join());
