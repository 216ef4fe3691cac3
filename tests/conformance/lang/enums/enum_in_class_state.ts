// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: enum-typed class fields drive a small traffic light state machine
enum Light {
  Red = "red",
  Green = "green",
  Yellow = "yellow",
}
class Signal {
  state: Light = Light.Red;
  ticks = 0;
  private durations: Record<Light, number> = { [Light.Red]: 3, [Light.Green]: 2, [Light.Yellow]: 1 };
  tick(): void {
    this.ticks++;
    if (this.ticks < this.durations[this.state]) return;
    this.ticks = 0;
    this.state = this.state === Light.Red ? Light.Green : this.state === Light.Green ? Light.Yellow : Light.Red;
  }
}
const s = new Signal();
const seen: string[] = [];
for (let i = 0; i < 12; i++) {
  seen.push(s.state[0]);
  s.tick();
}
console.log(seen.join(""));
