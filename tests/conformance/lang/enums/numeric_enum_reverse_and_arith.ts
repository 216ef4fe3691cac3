// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: numeric enums with gaps and negative values, reverse mapping, arithmetic and ordering
enum Level {
  Trace = -1,
  Debug,
  Info,
  Warn = 10,
  Error,
  Fatal = Error * 2,
}
console.log(Level.Trace, Level.Debug, Level.Info, Level.Warn, Level.Error, Level.Fatal);
console.log(Level[Level.Trace], Level[0], Level[1], Level[11], Level[22]);
console.log(Object.keys(Level).join(","));
console.log(Object.values(Level).join(","));
const msgs: [Level, string][] = [[Level.Info, "start"], [Level.Debug, "x=1"], [Level.Error, "oops"], [Level.Warn, "slow"], [Level.Fatal, "dead"], [Level.Trace, "t"]];
function emit(min: Level): string[] {
  const out: string[] = [];
  for (const [lvl, m] of msgs) if (lvl >= min) out.push(`[${Level[lvl]}] ${m}`);
  return out;
}
console.log(emit(Level.Warn).join(" "));
console.log(emit(Level.Trace).length, emit(Level.Fatal).join(""));
const sorted = msgs.slice().sort((a, b) => b[0] - a[0]).map((p) => Level[p[0]]);
console.log(sorted.join(">"));
let l: Level = Level.Debug;
l++;
console.log(l, Level[l], l === Level.Info);
console.log(Level.Warn + Level.Info, Level.Fatal / Level.Error, typeof Level.Warn);
