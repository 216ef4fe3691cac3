// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: deeply nested interfaces with optional members, optional chaining, nullish defaults and in-place updates
interface Address { street: string; city: string; zip?: string }
interface Company { name: string; address?: Address }
interface Profile { nick?: string; employer?: Company; scores?: number[] }
interface Account { id: number; profile?: Profile }
const accounts: Account[] = [
  { id: 1 },
  { id: 2, profile: {} },
  { id: 3, profile: { nick: "three", employer: { name: "Acme" } } },
  { id: 4, profile: { employer: { name: "Initech", address: { street: "1 Loop", city: "Austin" } }, scores: [] } },
  { id: 5, profile: { nick: "", employer: { name: "Globex", address: { street: "2 Main", city: "Spring", zip: "12345" } }, scores: [7, 9] } },
];
for (const a of accounts) {
  const p = a.profile;
  console.log(
    a.id,
    p?.nick ?? "(nick)",
    p?.nick || "(falsy nick)",
    p?.employer?.name ?? "-",
    p?.employer?.address?.city ?? "-",
    p?.employer?.address?.zip?.length ?? -1,
    p?.scores?.at(0) ?? "no score",
    p?.scores?.length,
  );
}
function relocate(a: Account, city: string): boolean {
  const addr = a.profile?.employer?.address;
  if (!addr) return false;
  addr.city = city;
  addr.zip ??= "00000";
  return true;
}
console.log(accounts.map((a) => relocate(a, "Moved")));
console.log(accounts[3].profile?.employer?.address, accounts[4].profile?.employer?.address);
function ensureProfile(a: Account): Profile {
  if (!a.profile) a.profile = {};
  return a.profile;
}
const p1 = ensureProfile(accounts[0]);
p1.nick = "first";
p1.scores = [1];
p1.scores.push(2);
console.log(accounts[0], ensureProfile(accounts[0]) === p1);
const total = accounts.reduce((s, a) => s + (a.profile?.scores?.reduce((x, y) => x + y, 0) ?? 0), 0);
console.log(total);
const withCity = accounts.filter((a) => a.profile?.employer?.address?.city !== undefined).map((a) => a.id);
console.log(withCity);
