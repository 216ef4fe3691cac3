// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: uncaught custom error after output and finally blocks sets exit status 1 and stops output
class ConfigError extends Error {
  constructor(key: string) {
    super("missing key " + key);
    this.name = "ConfigError";
  }
}
const config = new Map<string, string>([["host", "localhost"], ["port", "8080"]]);
function need(key: string): string {
  const v = config.get(key);
  if (v === undefined) throw new ConfigError(key);
  return v;
}
function load(keys: string[]): void {
  for (const k of keys) {
    try {
      console.log(k, "=", need(k));
    } finally {
      console.log("checked", k);
    }
  }
}
load(["host", "port"]);
try {
  load(["user"]);
} catch (e) {
  console.log("recovered", (e as Error).name);
}
load(["port", "secret", "host"]);
console.log("never printed");
