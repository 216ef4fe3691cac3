// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: structural typing: class instances and literals with extra members flowing into narrower interfaces, params and arrays
interface HasId { id: number }
interface HasName { name: string }
interface Entity extends HasId, HasName {}
class User {
  constructor(public id: number, public name: string, public admin: boolean) {}
  greet(): string { return "hi " + this.name; }
}
class Product {
  constructor(public id: number, public name: string, public price: number) {}
}
const u = new User(1, "ann", true);
const pr = new Product(7, "lamp", 19.5);
const lit = { id: 42, name: "literal", extra: [1, 2, 3] };
const ents: Entity[] = [u, pr, lit];
for (const e of ents) console.log(e.id, e.name);
function idOf(x: HasId): number { return x.id; }
function nameLen(x: HasName): number { return x.name.length; }
console.log(idOf(u), idOf(pr), idOf(lit), idOf({ id: -1 }));
console.log(nameLen(u), nameLen(pr), nameLen(lit));
const onlyIds: HasId[] = ents;
console.log(onlyIds.map((x) => x.id).join(","));
let current: HasName = u;
console.log(current.name);
current = pr;
console.log(current.name);
current = lit;
console.log(current.name, lit.extra.length);
u.name = "ANN";
current = u;
console.log(current.name, ents[0].name);
interface Point2 { x: number; y: number }
interface Point3 { x: number; y: number; z: number }
const p3: Point3 = { x: 1, y: 2, z: 3 };
const p2: Point2 = p3;
p3.x = 100;
console.log(p2.x, p2.y, p2 === p3);
function norm(p: Point2): number { return Math.sqrt(p.x * p.x + p.y * p.y); }
console.log(norm(p3).toFixed(3), norm({ x: 3, y: 4 }));
class Pt implements Point2 {
  constructor(public x: number, public y: number) {}
}
const pts: Point2[] = [new Pt(0, 1), p3, { x: -1, y: -1 }];
console.log(pts.map(norm).map((n) => n.toFixed(2)));
type Greeter = { greet(): string };
const greeters: Greeter[] = [u, { greet: () => "hello from literal" }];
for (const g of greeters) console.log(g.greet());
interface WithOptional { id: number; note?: string }
const wo1: WithOptional = u;
const wo2: WithOptional = { id: 3, note: "n" };
console.log(wo1.id, wo1.note, wo2.note);
