// expect-error: TSX1007
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the arguments object inside a class method is rejected
class Logger {
  lines: string[] = [];
  log(first: string, second?: string): void {
    for (let i = 0; i < arguments.length; i++) this.lines.push(String(arguments[i]));
    if (second !== undefined) this.lines.push(first + second);
  }
}
const l = new Logger();
l.log("a", "b");
console.log(l.lines.join(","));
