// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: sorting strings by length then alphabetically, case-insensitively, and in reverse
const ws = ["delta", "Alpha", "charlie", "bravo", "echo", "alpha", "Echo", "fox"];
console.log(ws.slice().sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).join(" "));
console.log(ws.slice().sort((a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}).join(" "));
console.log(ws.slice().sort().reverse().join(" "));
