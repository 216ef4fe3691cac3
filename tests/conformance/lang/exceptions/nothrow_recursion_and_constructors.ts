// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Mutually recursive functions where only a deep branch throws; constructors and field initialisers that throw; getters and static methods.

function isEven(n: number): boolean {
  if (n === 0) return true;
  return isOdd(n - 1);
}
function isOdd(n: number): boolean {
  if (n === 0) return false;
  return isEven(n - 1);
}

function ping(n: number): number {
  if (n < 0) throw new Error('ping below zero');
  return n === 0 ? 0 : pong(n - 1) + 1;
}
function pong(n: number): number {
  return n === 0 ? 0 : ping(n - 2) + 1;
}

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

console.log(isEven(10), isOdd(7), fib(15));
console.log(ping(6));
try {
  console.log(ping(5));
} catch (e) {
  console.log('caught', (e as Error).message);
}

function check(v: number): number {
  if (v !== v) throw new TypeError('NaN');
  return v;
}

class Base {
  readonly v: number;
  constructor(v: number) {
    this.v = check(v);
  }
}
class Derived extends Base {
  readonly w = check(this.v * 2 - 10);
  constructor(v: number) {
    super(v);
  }
}
class Quiet extends Base {
  readonly doubled = this.v * 2;
}

console.log(new Derived(7).w, new Quiet(3).doubled);
for (const x of [NaN, 4]) {
  try {
    console.log(new Quiet(x).doubled);
  } catch (e) {
    console.log('Quiet', (e as Error).name);
  }
}

class Temperature {
  constructor(private celsius: number) {}
  get kelvin(): number {
    if (this.celsius < -273.15) throw new RangeError('below absolute zero');
    return this.celsius + 273.15;
  }
  static parse(s: string): Temperature {
    const n = Number(s);
    if (n !== n) throw new SyntaxError(`bad temperature '${s}'`);
    return new Temperature(n);
  }
}
for (const s of ['20', '-300', 'warm']) {
  try {
    console.log(Temperature.parse(s).kelvin.toFixed(2));
  } catch (e) {
    console.log((e as Error).name + ': ' + (e as Error).message);
  }
}
console.log(pong(3));
