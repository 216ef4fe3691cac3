// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a simulated service health checker: timeouts with race, fallbacks with any, a summary with allSettled
type Status = "up" | "slow" | "down";

interface Probe {
  service: string;
  latencyMs: number;
  status: Status;
}

const probes: Probe[] = [
  { service: "auth", latencyMs: 4, status: "up" },
  { service: "db", latencyMs: 40, status: "slow" },
  { service: "cache", latencyMs: 2, status: "down" },
  { service: "queue", latencyMs: 7, status: "up" },
  { service: "search", latencyMs: 12, status: "down" },
];

function probe(p: Probe): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    setTimeout(() => {
      if (p.status === "down") reject(new Error(`${p.service} refused connection`));
      else resolve(p.latencyMs);
    }, p.latencyMs);
  });
}

function timeout(ms: number, what: string): Promise<number> {
  return new Promise<number>((_resolve, reject) => {
    setTimeout(() => reject(`${what} timed out after ${ms}ms`), ms);
  });
}

async function check(p: Probe): Promise<string> {
  const latency = await Promise.race([probe(p), timeout(20, p.service)]);
  return `${p.service} answered in ${latency}ms`;
}

async function firstHealthy(names: string[]): Promise<string> {
  const candidates = probes.filter((p) => names.includes(p.service));
  return Promise.any(candidates.map((p) => check(p)));
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `error: ${reason.message}`;
  if (typeof reason === "string") return `string: ${reason}`;
  return "unknown";
}

async function main(): Promise<void> {
  const started: string[] = [];
  const results = await Promise.allSettled(
    probes.map((p) => {
      started.push(p.service);
      return check(p);
    }),
  );
  console.log("started", started.join(","));
  const lines = results.map((r, i) => {
    const name = probes[i].service.padEnd(7);
    return r.status === "fulfilled" ? `${name} ok    ${r.value}` : `${name} FAIL  ${describe(r.reason)}`;
  });
  for (const l of lines) console.log(l);
  const up = results.filter((r) => r.status === "fulfilled").length;
  console.log(`${up} of ${results.length} healthy`);

  console.log(await firstHealthy(["cache", "queue", "auth"]));
  try {
    await firstHealthy(["cache", "search"]);
  } catch (e) {
    if (e instanceof AggregateError) {
      console.log(e.message);
      for (const x of e.errors as unknown[]) console.log("  " + describe(x));
    }
  }
  const none = await Promise.allSettled([firstHealthy([])]);
  console.log(none[0].status, none[0].status === "rejected" ? describe(none[0].reason) : "");
  const statuses = await Promise.all(probes.map((p) => Promise.resolve(p.status)));
  console.log(statuses);
}

main().finally(() => console.log("health check complete"));
