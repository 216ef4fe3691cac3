// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// optional properties may be absent; null unions accept null or a value
interface Profile {
  name: string;
  nick?: string;
  age: number | null;
  tags?: string[];
  boss: { name: string } | null;
}
const texts = [
  '{"name":"ann","age":30,"boss":null}',
  '{"name":"bob","nick":"b","age":null,"tags":["x"],"boss":{"name":"ann"}}',
  '{"name":"cy","age":1,"tags":[],"boss":null}',
];
for (const t of texts) {
  const p: Profile = JSON.parse(t);
  console.log(p.name, p.nick ?? "-", p.age === null ? "no age" : p.age + 1, p.tags?.length ?? "no tags", p.boss?.name ?? "no boss");
  console.log(JSON.stringify(p));
}
