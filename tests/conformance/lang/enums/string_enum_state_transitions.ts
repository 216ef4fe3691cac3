// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: string enum values as map keys, comparison, template interpolation and transition table
enum Light {
  Red = "RED",
  Green = "GREEN",
  Yellow = "YELLOW",
  Off = "OFF",
}
enum Signal {
  Tick = "tick",
  Fault = "fault",
  Reset = "reset",
}
const next: Record<Light, Light> = {
  [Light.Red]: Light.Green,
  [Light.Green]: Light.Yellow,
  [Light.Yellow]: Light.Red,
  [Light.Off]: Light.Off,
};
const durEntries: [Light, number][] = [[Light.Red, 3], [Light.Green, 2], [Light.Yellow, 1]];
const durations = new Map<Light, number>(durEntries);
function step(cur: Light, s: Signal): Light {
  if (s === Signal.Fault) return Light.Off;
  if (s === Signal.Reset) return Light.Red;
  return next[cur];
}
let cur = Light.Red;
const signals: Signal[] = [Signal.Tick, Signal.Tick, Signal.Tick, Signal.Fault, Signal.Tick, Signal.Reset, Signal.Tick];
const seen = new Map<Light, number>();
for (const s of signals) {
  const before = cur;
  cur = step(cur, s);
  seen.set(cur, (seen.get(cur) ?? 0) + 1);
  console.log(`${before} --${s}--> ${cur} (${durations.get(cur) ?? "n/a"})`);
}
for (const [k, v] of seen) console.log(k, v);
console.log(Object.keys(Light).join(","), Object.values(Signal).join(","));
console.log(Light.Red < Light.Green, Light.Off.toLowerCase(), Light.Yellow.length);
const parsed = (["GREEN", "BLUE", "OFF"] as string[]).map((s) => {
  for (const v of Object.values(Light)) if (v === s) return v;
  return "unknown";
});
console.log(parsed.join(" "));
