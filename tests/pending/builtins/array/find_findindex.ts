// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: find and findIndex return the first match or undefined / -1
const users = [
  { id: 1, name: "ann", active: false },
  { id: 2, name: "bob", active: true },
  { id: 3, name: "cid", active: true },
];
console.log(users.find((u) => u.active)?.name, users.findIndex((u) => u.active));
console.log(users.find((u) => u.id > 10), users.findIndex((u) => u.id > 10));
console.log([NaN, 1].findIndex((x) => Number.isNaN(x)), [0, -0].find((x) => Object.is(x, -0)));
let calls = 0;
[1, 2, 3, 4].find((x) => {
  calls++;
  return x === 2;
});
console.log(calls);
// the last match, searched from the end by hand
const lastActive = users.slice().reverse().find((u) => u.active);
console.log(lastActive?.name);
