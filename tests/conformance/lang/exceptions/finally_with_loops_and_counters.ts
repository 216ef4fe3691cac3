// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: retry loops with try/catch/finally, attempt counters, break out of retry from catch, nested finally counts
let attempts = 0;
let finals = 0;
function flaky(failUntil: number): string {
  attempts++;
  if (attempts < failUntil) throw new Error(`attempt ${attempts} failed`);
  return `ok after ${attempts}`;
}
function retry(max: number, failUntil: number): string {
  attempts = 0;
  let last = "none";
  for (let i = 1; i <= max; i++) {
    try {
      return flaky(failUntil);
    } catch (e) {
      last = (e as Error).message;
      if (last.includes("3")) break;
      continue;
    } finally {
      finals++;
    }
  }
  return `gave up (${last})`;
}
console.log(retry(5, 2), finals);
console.log(retry(2, 5), finals);
console.log(retry(5, 10), finals);
console.log(retry(5, 1), finals);
let depthLog = "";
function nest(d: number): number {
  try {
    if (d === 0) throw new Error("bottom");
    return nest(d - 1) + 1;
  } finally {
    depthLog += d;
  }
}
try {
  nest(4);
} catch (e) {
  depthLog += ":" + (e as Error).message;
}
console.log(depthLog);
let w = 0;
const wl: string[] = [];
while (true) {
  try {
    w++;
    if (w === 2) continue;
    if (w === 4) break;
    wl.push("body" + w);
  } finally {
    wl.push("f" + w);
  }
}
console.log(wl.join(" "));
