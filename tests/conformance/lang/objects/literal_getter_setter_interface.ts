// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// objects: getters and setters in an object literal typed by an interface, capturing a local and using this
interface Temp { celsius: number; fahrenheit: number; readonly label: string }
function makeTemp(c: number): Temp {
  let history = 0;
  return {
    celsius: c,
    get fahrenheit() { return this.celsius * 9 / 5 + 32; },
    set fahrenheit(f: number) { history++; this.celsius = (f - 32) * 5 / 9; },
    get label() { return this.celsius.toFixed(1) + "C after " + history + " sets"; },
  };
}
const t = makeTemp(100);
console.log(t.fahrenheit, t.label);
t.fahrenheit = 32;
console.log(t.celsius, t.label);
t.fahrenheit += 18;
console.log(t.celsius, t.fahrenheit, t.label);
let count = 0;
const counter = { get next() { return ++count; }, get current(): number { return count; } };
console.log(counter.next, counter.next, counter.current);
