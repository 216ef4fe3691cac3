// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: one interface implemented by unrelated classes and object literals, dispatch through it, static init order
const initLog: string[] = [];
interface Plugin {
  name: string;
  run(input: number): number;
  describe(): string;
}
class Doubler implements Plugin {
  static instances = 0;
  static readonly label = (initLog.push("Doubler static"), "x2");
  name = "doubler";
  constructor() {
    Doubler.instances++;
  }
  run(input: number): number {
    return input * 2;
  }
  describe(): string {
    return `${this.name}(${Doubler.label})#${Doubler.instances}`;
  }
}
class Offset implements Plugin {
  static {
    initLog.push("Offset static block");
  }
  constructor(readonly name: string, private by: number) {}
  run(input: number): number {
    return input + this.by;
  }
  describe(): string {
    return `${this.name}(+${this.by})`;
  }
}
class Clamp extends Offset {
  constructor(private max: number) {
    super("clamp", 0);
  }
  run(input: number): number {
    return Math.min(super.run(input), this.max);
  }
  describe(): string {
    return super.describe() + `<=${this.max}`;
  }
}
initLog.push("main");
const square: Plugin = {
  name: "square",
  run: (x: number) => x * x,
  describe: () => "square()",
};
const pipeline: Plugin[] = [new Doubler(), new Offset("inc", 3), square, new Clamp(150), new Doubler()];
let v = 2;
for (const p of pipeline) {
  const before = v;
  v = p.run(v);
  console.log(`${p.describe()}: ${before} -> ${v}`);
}
console.log(initLog.join(", "));
const names = pipeline.map((p) => p.name).join(">");
console.log(names, Doubler.instances, pipeline.filter((p) => p instanceof Offset).length);
for (const start of [0, 5, 10]) {
  let x = start;
  for (const p of pipeline) x = p.run(x);
  console.log(start, "=>", x);
}
