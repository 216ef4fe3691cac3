// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: #private instance and static fields with static methods reading them through this
class Vault {
  static #opened = 0;
  static #label = "vault";
  #secret: string;
  constructor(secret: string) {
    this.#secret = secret;
  }
  open(key: string): string {
    if (key !== "k") return "denied";
    Vault.#opened++;
    return this.#secret;
  }
  static stats(): string {
    return this.#label + " opened " + this.#opened + " times";
  }
}
const v = new Vault("gold");
const w = new Vault("silver");
console.log(v.open("x"), v.open("k"), w.open("k"), w.open("k"));
console.log(Vault.stats());
