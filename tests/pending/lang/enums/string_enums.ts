// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: string enums compared, used as map keys and printed
enum Level {
  Debug = "DEBUG",
  Info = "INFO",
  Warn = "WARN",
  Error = "ERROR",
}
const rank = new Map<Level, number>([
  [Level.Debug, 0],
  [Level.Info, 1],
  [Level.Warn, 2],
  [Level.Error, 3],
]);
function log(l: Level, min: Level, msg: string): void {
  if ((rank.get(l) ?? 0) >= (rank.get(min) ?? 0)) console.log("[" + l + "] " + msg);
}
log(Level.Debug, Level.Info, "hidden");
log(Level.Info, Level.Info, "shown");
log(Level.Error, Level.Warn, "bad");
console.log(Level.Warn, Level.Warn === "WARN", `${Level.Error}`.toLowerCase(), Level.Info.length);
