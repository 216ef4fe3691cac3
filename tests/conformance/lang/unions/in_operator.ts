// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: the in operator narrows object unions and tests fields, getters and missing members
interface Fish { swim(): string }
interface Bird { fly(): string; name: string }
type Pet = Fish | Bird;
const pets: Pet[] = [{ swim: () => "splash" }, { fly: () => "flap", name: "tweety" }];
for (const p of pets) {
  if ("swim" in p) console.log("fish", p.swim());
  else console.log("bird", p.fly(), p.name, "name" in p);
}
class A { x = 1; get y(): number { return 2; } }
const a = new A();
console.log("x" in a, "y" in a, "z" in a);
