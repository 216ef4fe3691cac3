// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: functions and classes print as [Function: name] and [class name]
function named(): number {
  return 1;
}
const arrow = (): number => 2;
class Widget {}
class Sub extends Widget {}
console.log(named, arrow, Widget, Sub);
console.log([named], { f: arrow });
console.log(Math.max, (x: number) => x);
