// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Map: values that are undefined or null are present (has true), distinct from missing keys; ?? and || on get
const m = new Map<string, number | undefined | null>();
m.set("u", undefined).set("n", null).set("z", 0);
console.log(m.size, m.has("u"), m.get("u"), m.has("missing"), m.get("missing"), m.get("n"), m.get("z"));
console.log(m.get("u") ?? "dflt", m.get("n") ?? "dflt", m.get("z") ?? "dflt", m.get("z") || "falsy", m.get("missing") ?? -1);
console.log(m, [...m.values()]);
m.forEach((v, k) => console.log(k, v === undefined, v === null, typeof v));
const keys = new Map<number | null | undefined, string>();
keys.set(null, "null").set(undefined, "undef").set(0, "zero");
console.log(keys.get(null), keys.get(undefined), keys.get(0), keys.size, keys);
console.log(keys.delete(undefined), keys.has(undefined), keys.size);
const flags = new Set<boolean | null>([true, false, true, null, null]);
console.log(flags, flags.size, flags.has(false));
