// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// setInterval runs until clearInterval

let n = 0;
const t = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 4) { clearInterval(t); console.log("cleared"); }
}, 5);
const never = setTimeout(() => console.log("never"), 15);
clearTimeout(never);
