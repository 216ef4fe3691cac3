// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: optional properties absent at several depths (objects in arrays, nested optional objects)
interface Leaf { v: number; note?: string }
interface Node2 { leaf?: Leaf; kids: Leaf[] }
const t: Node2[] = JSON.parse('[{"kids":[{"v":1},{"v":2,"note":"n"}]},{"leaf":{"v":3},"kids":[]}]');
console.log(t);
console.log(JSON.stringify(t));
console.log(t.map((n) => ("leaf" in n) + ":" + n.kids.map((k) => "note" in k).join("/")).join(" "));
console.log(t[1].leaf, t[0].leaf === undefined);
