// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// records: a layered configuration merger built on record spread (long program)
type Settings = Record<string, string>;

interface Layer {
  name: string;
  values: Settings;
}

function parseLines(text: string): Settings {
  const out: Settings = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

function merge(layers: Layer[]): Settings {
  let result: Settings = {};
  for (const layer of layers) result = { ...result, ...layer.values };
  return result;
}

function provenance(layers: Layer[]): Record<string, string> {
  const from: Record<string, string> = {};
  for (const { name, values } of layers) for (const k of Object.keys(values)) from[k] = name;
  return from;
}

function diff(a: Settings, b: Settings): string[] {
  const out: string[] = [];
  for (const k of Object.keys(a)) {
    if (!(k in b)) out.push(`- ${k}`);
    else if (a[k] !== b[k]) out.push(`~ ${k}: ${a[k]} -> ${b[k]}`);
  }
  for (const k of Object.keys(b)) if (!(k in a)) out.push(`+ ${k}=${b[k]}`);
  return out;
}

function numeric(s: Settings, key: string, fallback: number): number {
  if (!(key in s)) return fallback;
  const n = Number(s[key]);
  return isNaN(n) ? fallback : n;
}

function expand(s: Settings): Settings {
  const out: Settings = { ...s };
  for (const k of Object.keys(out)) {
    let v = out[k];
    for (let guard = 0; guard < 5 && v.includes("${"); guard++) {
      const start = v.indexOf("${");
      const end = v.indexOf("}", start);
      if (end < 0) break;
      const ref = v.slice(start + 2, end);
      v = v.slice(0, start) + (out[ref] ?? "?") + v.slice(end + 1);
    }
    out[k] = v;
  }
  return out;
}

const defaults: Layer = {
  name: "defaults",
  values: parseLines(`
    # built in
    host = localhost
    port = 8080
    workers = 4
    log.level = info
    url = http://\${host}:\${port}/
  `),
};
const site: Layer = { name: "site", values: parseLines("port = 9090\nlog.level = warn\n2 = second\n") };
const env: Layer = { name: "env", values: { workers: "16", "log.file": "/var/log/app", 1: "first" } };
const cli: Layer = { name: "cli", values: { port: "nine", host: "example.org" } };

const layers = [defaults, site, env, cli];
const merged = merge(layers);
console.log(merged);
console.log(provenance(layers));
console.log(expand(merged).url);
console.log("port", numeric(merged, "port", 80), "workers", numeric(merged, "workers", 1), "missing", numeric(merged, "nope", -1));

const before = merge([defaults, site]);
console.log(diff(before, merged).join("\n"));

const counts: Record<string, number> = {};
for (const { values } of layers) for (const k of Object.keys(values)) counts[k] = (counts[k] ?? 0) + 1;
const overridden = Object.entries(counts).filter(([, n]) => n > 1).map(([k, n]) => `${k}x${n}`);
console.log(overridden.join(" "));

const snapshot: Settings = { ...merged };
snapshot["host"] = "changed";
console.log(merged["host"], snapshot["host"], Object.keys(snapshot).length === Object.keys(merged).length);
console.log(Object.fromEntries(Object.entries(merged).filter(([k]) => k.startsWith("log"))) as Settings);
