// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: interfaces extending interfaces, readonly properties and optional methods
interface Entity {
  readonly id: number;
}
interface Named extends Entity {
  name: string;
  nickname?(): string;
}
interface Person extends Named {
  age: number;
}
const people: Person[] = [
  { id: 1, name: "Ann", age: 30 },
  { id: 2, name: "Robert", age: 25, nickname: () => "Bob" },
];
for (const p of people) {
  const nick = p.nickname ? p.nickname() : "(none)";
  console.log(p.id, p.name, p.age, nick, p.nickname?.() ?? "-");
}
const ent: Entity = people[1];
console.log(ent.id);
