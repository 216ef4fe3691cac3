// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: string cases, case-sensitive matching, and break inside nested blocks
function cmd(c: string): string {
  switch (c) {
    case "go":
    case "run": {
      const speed = c === "go" ? 1 : 2;
      return "moving " + speed;
    }
    case "stop":
      return "stopped";
    case "":
      return "empty";
    case "GO":
      return "shouting";
    default:
      if (c.length > 5) {
        return "long unknown";
      }
      break;
  }
  return "unknown " + c;
}
console.log(["go", "run", "stop", "", "GO", "jump", "teleport"].map(cmd).join(" | "));
