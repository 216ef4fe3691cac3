// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: static getters and setters, inherited through a subclass and called with this
class Settings {
  private static _level = 1;
  private static changes = 0;
  static get level(): number {
    return Settings._level;
  }
  static set level(v: number) {
    if (v !== Settings._level) Settings.changes++;
    Settings._level = Math.max(0, Math.min(5, v));
  }
  static get summary(): string {
    return "level " + this.level + " after " + Settings.changes + " changes";
  }
}
class DevSettings extends Settings {
  static bump(): number {
    Settings.level = Settings.level + 1;
    return Settings.level;
  }
}
console.log(Settings.level, Settings.summary);
Settings.level = 3;
Settings.level = 3;
Settings.level = 99;
console.log(Settings.level, Settings.summary);
console.log(DevSettings.bump(), DevSettings.level, DevSettings.summary);
Settings.level -= 10;
console.log(Settings.level);
