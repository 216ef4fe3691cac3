// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: Option/Result-style generic classes with map/flatMap/getOrElse chains over numbers, strings and objects
class Option<T> {
  private constructor(private readonly has: boolean, private readonly value: T | undefined) {}
  static some<T>(v: T): Option<T> { return new Option<T>(true, v); }
  static none<T>(): Option<T> { return new Option<T>(false, undefined); }
  isSome(): boolean { return this.has; }
  map<U>(f: (v: T) => U): Option<U> {
    return this.has ? Option.some<U>(f(this.value as T)) : Option.none<U>();
  }
  flatMap<U>(f: (v: T) => Option<U>): Option<U> {
    return this.has ? f(this.value as T) : Option.none<U>();
  }
  getOrElse(d: T): T { return this.has ? (this.value as T) : d; }
  toString(): string { return this.has ? `Some(${this.value})` : "None"; }
}
function parseIntOpt(s: string): Option<number> {
  const n = Number(s);
  return s.trim() !== "" && Number.isInteger(n) ? Option.some(n) : Option.none<number>();
}
function recip(n: number): Option<number> {
  return n === 0 ? Option.none<number>() : Option.some(1 / n);
}
for (const s of ["4", "0", "x", "", "-8", "2.5"]) {
  const r = parseIntOpt(s).flatMap(recip).map((x) => x.toFixed(3));
  console.log(JSON.stringify(s), String(r), r.getOrElse("n/a"), r.isSome());
}
class Result<T, E> {
  constructor(readonly ok: boolean, readonly val: T | undefined, readonly err: E | undefined) {}
  static ok<T, E>(v: T): Result<T, E> { return new Result<T, E>(true, v, undefined); }
  static fail<T, E>(e: E): Result<T, E> { return new Result<T, E>(false, undefined, e); }
  then<U>(f: (v: T) => Result<U, E>): Result<U, E> {
    return this.ok ? f(this.val as T) : Result.fail<U, E>(this.err as E);
  }
  show(): string { return this.ok ? `ok(${this.val})` : `err(${this.err})`; }
}
interface Account { name: string; balance: number }
function find(name: string): Result<Account, string> {
  const db: Account[] = [{ name: "a", balance: 10 }, { name: "b", balance: 0 }];
  const acc = db.find((x) => x.name === name);
  return acc ? Result.ok<Account, string>(acc) : Result.fail<Account, string>("no account " + name);
}
function withdraw(acc: Account, n: number): Result<number, string> {
  return acc.balance >= n ? Result.ok<number, string>(acc.balance - n) : Result.fail<number, string>(`insufficient in ${acc.name}`);
}
for (const [who, amt] of [["a", 5], ["a", 50], ["b", 0], ["c", 1]] as Array<[string, number]>) {
  console.log(who, amt, find(who).then((a) => withdraw(a, amt)).show());
}
const chain = Option.some("hello").map((s) => s.length).map((n) => n * n).flatMap((n) => (n > 20 ? Option.some(n > 24) : Option.none<boolean>()));
console.log(String(chain), chain.getOrElse(false));
const opts = [Option.some(1), Option.none<number>(), Option.some(3)];
console.log(opts.map((o) => o.getOrElse(0)), opts.filter((o) => o.isSome()).length);
