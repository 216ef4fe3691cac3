// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a job scheduler with retries and backoff on timers, Promise.any over mirrors and an allSettled report
interface Job {
  id: string;
  failuresBeforeSuccess: number;
  durationMs: number;
}

interface Outcome {
  id: string;
  attempts: number;
  result: string;
}

class TransientError extends Error {
  constructor(readonly jobId: string, readonly attempt: number) {
    super(`${jobId} failed on attempt ${attempt}`);
    this.name = "TransientError";
  }
}

// Per job: the order of events within one job does not depend on timer jitter.
const trace = new Map<string, string[]>();
function note(id: string, event: string): void {
  const list = trace.get(id) ?? [];
  list.push(event);
  trace.set(id, list);
}
const attemptsSoFar = new Map<string, number>();

function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

async function runOnce(job: Job): Promise<string> {
  const n = (attemptsSoFar.get(job.id) ?? 0) + 1;
  attemptsSoFar.set(job.id, n);
  note(job.id, `start #${n}`);
  await sleep(job.durationMs);
  if (n <= job.failuresBeforeSuccess) throw new TransientError(job.id, n);
  return `${job.id}:done`;
}

async function withRetries(job: Job, maxAttempts: number, backoffMs: number): Promise<Outcome> {
  let lastError: unknown = undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const result = await runOnce(job);
      return { id: job.id, attempts: attempt, result };
    } catch (e) {
      lastError = e;
      note(job.id, `retry after ${e instanceof TransientError ? e.message : "?"}`);
      await sleep(backoffMs * attempt);
    }
  }
  throw new AggregateError([lastError], `${job.id} gave up after ${maxAttempts} attempts`);
}

// A job that may run on any of several mirrors: the first mirror to succeed wins.
async function onAnyMirror(name: string, delays: number[], failing: boolean[]): Promise<string> {
  const attempts = delays.map((ms, i) =>
    sleep(ms).then(() => {
      if (failing[i]) throw new Error(`${name} mirror ${i} down`);
      return `${name} via mirror ${i}`;
    }),
  );
  try {
    return await Promise.any(attempts);
  } catch (e) {
    if (e instanceof AggregateError) {
      const messages = e.errors.map((x: unknown) => (x instanceof Error ? x.message : String(x)));
      throw new Error(`${name}: all mirrors failed (${messages.join("; ")})`);
    }
    throw e;
  }
}

async function main(): Promise<void> {
  const jobs: Job[] = [
    { id: "alpha", failuresBeforeSuccess: 0, durationMs: 5 },
    { id: "beta", failuresBeforeSuccess: 2, durationMs: 3 },
    { id: "gamma", failuresBeforeSuccess: 5, durationMs: 2 },
    { id: "delta", failuresBeforeSuccess: 1, durationMs: 8 },
  ];
  const settled = await Promise.allSettled(jobs.map((j) => withRetries(j, 3, 4)));
  let ok = 0;
  for (const s of settled) {
    if (s.status === "fulfilled") {
      ok++;
      console.log(`ok   ${s.value.id} in ${s.value.attempts} attempt(s): ${s.value.result}`);
    } else {
      const reason: unknown = s.reason;
      if (reason instanceof AggregateError) {
        const last: unknown = reason.errors[0];
        console.log(`fail ${reason.message} (last: ${last instanceof Error ? last.message : "none"})`);
      }
    }
  }
  console.log(`${ok}/${jobs.length} jobs succeeded`);

  const mirrors = await Promise.allSettled([
    onAnyMirror("fetch-a", [9, 3, 6], [false, true, false]),
    onAnyMirror("fetch-b", [2, 4], [true, true]),
    onAnyMirror("fetch-c", [1], [false]),
  ]);
  console.log(mirrors.map((m) => (m.status === "fulfilled" ? m.value : (m.reason as Error).message)));
  for (const j of jobs) console.log(j.id, (trace.get(j.id) ?? []).join(" | "));
}

main().then(() => console.log("scheduler finished"));
