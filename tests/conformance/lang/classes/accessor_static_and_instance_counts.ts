// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: static accessors backed by static fields alongside instance accessors
class Config {
  private static _debug = false;
  private static changes = 0;
  static get debug(): boolean {
    return Config._debug;
  }
  static set debug(v: boolean) {
    if (v !== Config._debug) Config.changes++;
    Config._debug = v;
  }
  static get changeCount(): number {
    return Config.changes;
  }
  private _level = 1;
  get level(): string {
    return Config.debug ? "debug:" + this._level : "level " + this._level;
  }
  set level(v: string) {
    this._level = v.length;
  }
}
const c = new Config();
console.log(c.level, Config.debug, Config.changeCount);
Config.debug = true;
Config.debug = true;
c.level = "abcd";
console.log(c.level, Config.changeCount);
Config.debug = false;
console.log(c.level, Config.changeCount);
