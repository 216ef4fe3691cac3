// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// awaiting values of every kind: numbers, strings, booleans, objects, unions, undefined

interface Point { x: number; y: number }
async function num(): Promise<number> { return 1.5; }
async function str(): Promise<string> { return "text"; }
async function bool(): Promise<boolean> { return true; }
async function obj(): Promise<Point> { return { x: 1, y: 2 }; }
async function maybe(flag: boolean): Promise<string | undefined> { return flag ? "here" : undefined; }
async function list(): Promise<number[]> { return [1, 2, 3]; }
async function main(): Promise<void> {
  const n = await num();
  const s = await str();
  const b = await bool();
  const p = await obj();
  const m1 = await maybe(true);
  const m2 = await maybe(false);
  const xs = await list();
  console.log(n + 1, s.toUpperCase(), !b, p.x + p.y, m1, m2, xs.length);
  console.log(await Promise.all([num(), num()]));
  const strs = await Promise.all([str(), Promise.resolve("b")]);
  console.log(strs.join("|"));
}
main();
