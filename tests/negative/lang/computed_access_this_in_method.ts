// expect-error: TSX1010
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// this[key] with a keyof-typed key inside a method is rejected
class Config {
  host: string = "localhost";
  mode: string = "dev";
  get(key: "host" | "mode"): string {
    return this[key];
  }
}
console.log(new Config().get("mode"));
