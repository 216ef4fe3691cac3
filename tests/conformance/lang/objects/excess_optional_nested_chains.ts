// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: optional nested objects with optional chaining on properties, calls and indexes
interface Company {
  name: string;
  ceo?: { name: string; assistant?: { name: string } };
  offices?: string[];
  contact?: () => string;
}
const cs: Company[] = [
  { name: "A" },
  { name: "B", ceo: { name: "bo" } },
  { name: "C", ceo: { name: "cy", assistant: { name: "al" } }, offices: ["x", "y"], contact: () => "555" },
];
for (const c of cs) {
  console.log(c.name, c.ceo?.name, c.ceo?.assistant?.name, c.offices?.[1], c.offices?.length, c.contact?.());
}
