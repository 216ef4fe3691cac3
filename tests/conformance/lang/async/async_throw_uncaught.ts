// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an async function that throws with nobody listening

async function f(): Promise<void> {
  console.log("f runs");
  await null;
  throw new Error("late");
}
f();
setTimeout(() => console.log("not printed"), 5);
console.log("end of script");
