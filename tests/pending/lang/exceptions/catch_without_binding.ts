// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: optional catch binding and try/finally without catch in loops
function safeParse(s: string): number | null {
  try {
    const v: unknown = JSON.parse(s);
    return typeof v === "number" ? v : null;
  } catch {
    return null;
  }
}
console.log(["1", "x", "[1]", "2.5e1", ""].map(safeParse).join(","));
let attempts = 0;
function flaky(): number {
  attempts++;
  if (attempts < 3) throw new Error("try again");
  return attempts;
}
let result = -1;
for (let i = 0; i < 5; i++) {
  try {
    result = flaky();
    break;
  } catch {
    console.log("retry", i);
  }
}
console.log("result", result, "attempts", attempts);
