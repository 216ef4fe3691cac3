// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// unions: result types as unions of object shapes, narrowing by a boolean discriminant and by undefined checks
type Result = { ok: true; value: number } | { ok: false; error: string; code?: number };
function parse(s: string): Result {
  const n = Number(s);
  if (s.trim() === "") return { ok: false, error: "empty" };
  if (Number.isNaN(n)) return { ok: false, error: `not a number: ${s}`, code: 22 };
  return { ok: true, value: n };
}
function sumAll(xs: string[]): Result {
  let total = 0;
  for (const x of xs) {
    const r = parse(x);
    if (!r.ok) return { ok: false, error: `at '${x}': ${r.error}`, code: r.code ?? 1 };
    total += r.value;
  }
  return { ok: true, value: total };
}
const inputs = ["1", " 2 ", "", "x", "0x10", "1e3", "-0"];
for (const s of inputs) {
  const r = parse(s);
  console.log(JSON.stringify(s), r.ok ? `value ${r.value}` : `error ${r.error} code ${r.code ?? "none"}`);
}
for (const xs of [["1", "2", "3"], ["4", "y", "5"], ["6", ""]]) {
  const r = sumAll(xs);
  if (r.ok) console.log("sum", r.value);
  else console.log("fail", r.error, r.code);
}
type Mode = "idle" | "running" | "paused" | "stopped";
function nextMode(m: Mode, cmd: string): Mode {
  if (m === "stopped") return m;
  if (cmd === "stop") return "stopped";
  if (m === "idle") return cmd === "start" ? "running" : m;
  if (m === "running") return cmd === "pause" ? "paused" : m;
  return cmd === "resume" ? "running" : m;
}
let mode: Mode = "idle";
const hist: string[] = [mode];
for (const c of ["pause", "start", "pause", "start", "resume", "stop", "start"]) {
  mode = nextMode(mode, c);
  hist.push(mode);
}
console.log(hist.join(" > "));
