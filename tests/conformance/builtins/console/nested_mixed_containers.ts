// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: arrays inside objects inside arrays, empty containers at each level, and the depth-2 cut-off for mixed nesting
console.log([], {}, [[]], [{}], { a: [] }, { a: {} }, [[], {}, [[]]]);
console.log({ list: [1, [2, [3, [4, [5]]]]], obj: { inner: { deeper: { deepest: true } } } });
console.log([[1, 2], [3, 4], [5, [6, [7, [8]]]]]);
console.log({ a: [{ b: 1 }, { c: [1, 2] }, { d: { e: { f: 1 } } }] });
console.log([{ a: 1, b: [] }, { a: 2, b: [{}] }, { a: 3, b: [[]] }]);
interface Tree { name: string; kids: Tree[] }
const leaf = (n: string): Tree => ({ name: n, kids: [] });
const t: Tree = { name: "root", kids: [{ name: "l", kids: [leaf("ll"), leaf("lr")] }, leaf("r")] };
console.log(t);
console.log([t.kids[0]]);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], empty: [[], [], []] });
console.log({ x: 1, y: { z: [true, false, null] } }, [undefined, null], { u: undefined });
