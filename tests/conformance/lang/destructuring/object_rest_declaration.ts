// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object rest in a declaration copies the remaining own data properties in order
interface Point3 { x: number; y: number; z: number; label: string }
const p: Point3 = { x: 1, y: 2, z: 3, label: "p" };
const { x, ...rest } = p;
console.log(x, rest);
console.log(rest.y + rest.z, rest.label);
const { label, ...coords } = p;
console.log(label, coords);
const { x: a, y: b, z: c, ...onlyLabel } = p;
console.log(a, b, c, onlyLabel);
const { x: _x, y: _y, z: _z, label: _l, ...empty } = p;
console.log(empty, _x + _y + _z, _l);
rest.y = 20;
console.log(p.y, rest.y);
