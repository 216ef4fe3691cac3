// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an async job scheduler over a simulated I/O pipeline: limited concurrency, retries, timeouts
interface Job {
  id: number;
  name: string;
  cost: number;
  failuresLeft: number;
}

interface Outcome {
  id: number;
  ok: boolean;
  detail: string;
  attempts: number;
}

const events: string[] = [];

function log(msg: string): void {
  events.push(msg);
  console.log(msg);
}

function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(() => resolve(), ms);
  });
}

/** Simulated device read: fails while the job still has failures to spend. */
async function readBlock(job: Job, attempt: number): Promise<string> {
  await sleep(job.cost);
  if (job.failuresLeft > 0) {
    job.failuresLeft--;
    throw new Error(`io error on ${job.name} (attempt ${attempt})`);
  }
  return `${job.name}:${job.cost * 3}`;
}

function withTimeout(p: Promise<string>, ms: number, what: string): Promise<string> {
  const timer = new Promise<string>((_resolve, reject) => {
    setTimeout(() => reject(new Error(`timeout: ${what}`)), ms);
  });
  return Promise.race([p, timer]);
}

async function runJob(job: Job): Promise<Outcome> {
  let attempts = 0;
  while (attempts < 3) {
    attempts++;
    try {
      const data = await withTimeout(readBlock(job, attempts), 100, job.name);
      log(`job ${job.id} read ${data}`);
      return { id: job.id, ok: true, detail: data.toUpperCase(), attempts };
    } catch (e) {
      log(`job ${job.id} failed: ${(e as Error).message}`);
      await sleep(2);
    }
  }
  return { id: job.id, ok: false, detail: 'gave up', attempts };
}

class Scheduler {
  private queue: Job[] = [];
  private running = 0;
  private results: Outcome[] = [];
  private peak = 0;

  constructor(private readonly limit: number) {}

  add(job: Job): void {
    this.queue.push(job);
  }

  async drain(): Promise<Outcome[]> {
    const workers: Promise<void>[] = [];
    for (let i = 0; i < this.limit; i++) workers.push(this.worker(i));
    await Promise.all(workers);
    return this.results;
  }

  private async worker(n: number): Promise<void> {
    while (this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      if (this.running > this.peak) this.peak = this.running;
      log(`worker ${n} takes job ${job.id}`);
      const outcome = await runJob(job);
      this.results.push(outcome);
      this.running--;
    }
    log(`worker ${n} idle`);
  }

  peakConcurrency(): number {
    return this.peak;
  }
}

async function main(): Promise<void> {
  const s = new Scheduler(2);
  s.add({ id: 1, name: 'alpha', cost: 5, failuresLeft: 0 });
  s.add({ id: 2, name: 'beta', cost: 12, failuresLeft: 1 });
  s.add({ id: 3, name: 'gamma', cost: 400, failuresLeft: 0 });
  s.add({ id: 4, name: 'delta', cost: 3, failuresLeft: 5 });
  s.add({ id: 5, name: 'epsilon', cost: 8, failuresLeft: 0 });
  const heartbeat = setInterval(() => events.push('beat'), 25);
  const results = await s.drain();
  clearInterval(heartbeat);
  results.sort((a, b) => a.id - b.id);
  for (const r of results) {
    console.log(`#${r.id} ${r.ok ? 'ok' : 'FAILED'} after ${r.attempts} attempt(s): ${r.detail}`);
  }
  const okCount = results.filter((r) => r.ok).length;
  console.log(`ok ${okCount}/${results.length}, peak concurrency ${s.peakConcurrency()}`);
  console.log('events logged:', events.filter((e) => e !== 'beat').length);
}

main()
  .then(() => console.log('scheduler finished'))
  .catch((e: unknown) => console.log('scheduler crashed', (e as Error).message));
console.log('main scheduled');
