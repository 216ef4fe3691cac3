// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: arrays of object literals through indexOf/includes (identity), splice/concat/reverse keeping identity, find then mutate
interface Acct { id: number; bal: number; }
const accts: Acct[] = [{ id: 1, bal: 10 }, { id: 2, bal: -5 }, { id: 3, bal: 0 }];
const a2 = accts[1];
console.log(accts.indexOf(a2), accts.includes({ id: 2, bal: -5 }), accts.lastIndexOf(a2), accts.indexOf(a2, 2));
const found = accts.find((a) => a.bal < 0);
if (found) found.bal += 100;
console.log(JSON.stringify(accts));
const merged = accts.concat(accts.slice(0, 1));
merged[3].bal = 777;
console.log(accts[0].bal, merged.length, merged[0] === merged[3]);
const removed = accts.splice(0, 1);
accts.push(removed[0]);
accts.reverse();
console.log(accts.map((a) => a.id).join(","), accts.indexOf(removed[0]));
const sorted = accts.slice().sort((x, y) => y.bal - x.bal);
console.log(sorted.map((a) => `${a.id}:${a.bal}`).join(" "), sorted[0] === accts[0]);
const total = accts.filter((a) => a.bal > 0).reduce((s, a) => s + a.bal, 0);
console.log(total, accts.every((a) => typeof a.id === "number"), accts.some((a) => a.bal === 0));
