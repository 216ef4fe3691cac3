// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: returns and throws from cases inside try/finally, break inside switch inside finally, nested switch on strings
const log: string[] = [];
function route(cmd: string, arg: number): string {
  try {
    switch (cmd) {
      case "get":
        if (arg < 0) throw new RangeError("neg index");
        return `got ${arg}`;
      case "put":
      case "post":
        log.push(`${cmd} ${arg}`);
        break;
      case "nested":
        switch (arg % 3) {
          case 0: return "n0";
          case 1: break;
          default: throw new Error("n2");
        }
        return "n1";
      default:
        return "unknown " + cmd;
    }
    return "stored";
  } catch (e) {
    return "caught " + (e as Error).message;
  } finally {
    switch (cmd) {
      case "get":
        log.push("fin-get");
        break;
      default:
        log.push("fin-" + cmd);
    }
  }
}
const calls: [string, number][] = [["get", 1], ["get", -1], ["put", 2], ["post", 3], ["nested", 3], ["nested", 4], ["nested", 5], ["del", 0]];
for (const [c, a] of calls) console.log(c, a, "=>", route(c, a));
console.log(log.join(" "));
function weird(n: number): number {
  for (let i = 0; i < 5; i++) {
    try {
      switch (i) {
        case 1: continue;
        case 3: return i * n;
      }
    } finally {
      log.push("w" + i);
    }
  }
  return -1;
}
log.length = 0;
console.log(weird(10), log.join(","));
