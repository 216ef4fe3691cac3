// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: ECMAScript #private fields and methods, per-class, with static private state
class Vault {
  #secret: string;
  #reads = 0;
  static #vaults = 0;
  constructor(secret: string) {
    this.#secret = secret;
    Vault.#vaults++;
  }
  #mask(): string {
    return "*".repeat(this.#secret.length);
  }
  read(pin: number): string {
    this.#reads++;
    return pin === 1234 ? this.#secret : this.#mask();
  }
  get reads(): number {
    return this.#reads;
  }
  static get count(): number {
    return Vault.#vaults;
  }
  sameSecret(o: Vault): boolean {
    return this.#secret === o.#secret;
  }
}
const v = new Vault("gold");
console.log(v.read(0), v.read(1234), v.reads);
const w = new Vault("gold");
console.log(Vault.count, v.sameSecret(w), v.sameSecret(new Vault("lead")), Vault.count);
