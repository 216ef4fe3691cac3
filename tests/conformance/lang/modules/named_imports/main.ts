// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Named and renamed imports of every exported declaration form; live bindings of an exported let.
import { add, PI, Counter, Shape, Point, Colour, total, bump, scale as times } from './util';

const p: Point = { x: 3, y: 4 };
console.log(add(p.x, p.y), PI.toFixed(2));
const c = new Counter('clicks');
c.inc();
c.inc();
console.log(c.describe());
const shapes: Shape[] = [{ kind: 'circle', r: 1 }, { kind: 'square', side: 2 }];
for (const s of shapes) console.log(s.kind, s.kind === 'circle' ? (PI * s.r * s.r).toFixed(3) : s.side * s.side);
console.log(Colour.Green, Colour[Colour.Blue]);
console.log('total before', total);
bump(5);
bump(7);
console.log('total after', total);
console.log(times(2, 21), [1, 2, 3].map((n) => times(n, 10)).join(','));
