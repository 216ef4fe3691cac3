// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// module-level variables read and written by functions, hoisted function declarations
let counter: number = 0;
let log: string = "";
const LIMIT: number = 5;
console.log(next(), next(), next());
function next(): number {
  counter++;
  log += counter;
  return counter;
}
function reset(): void {
  counter = 0;
}
function report(): string {
  return "counter=" + counter + " log=" + log + " limit=" + LIMIT;
}
console.log(report());
reset();
console.log(report());
while (next() < LIMIT) {}
console.log(report());
let flag: boolean = false;
function toggle(): boolean {
  flag = !flag;
  return flag;
}
console.log(toggle(), toggle(), toggle(), flag);
let shadow: number = 1;
function useParam(shadow: number): number {
  shadow = shadow + 1;
  return shadow;
}
console.log(useParam(10), shadow);
function setShadow(v: number): void {
  shadow = v;
}
setShadow(99);
console.log(shadow);
