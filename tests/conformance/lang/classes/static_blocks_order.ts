// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: static blocks and static field initialisers run in member order where the class stands
const log: string[] = [];
log.push("before");
class Config {
  static base = 10;
  static derived: number;
  static {
    log.push("block1 base=" + Config.base);
    Config.derived = Config.base * 2;
  }
  static names: string[] = [];
  static {
    for (let i = 0; i < 3; i++) this.names.push("n" + i);
    log.push("block2 names=" + this.names.length);
  }
  static total = Config.base + Config.derived;
}
log.push("after");
console.log(log.join("; "));
console.log(Config.base, Config.derived, Config.names.join(","), Config.total);
class Counter {
  static count = 0;
  static {
    Counter.count = 5;
  }
  static next(): number {
    return ++Counter.count;
  }
}
console.log(Counter.next(), Counter.next(), Counter.count);
