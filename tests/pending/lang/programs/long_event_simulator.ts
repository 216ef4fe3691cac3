// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: discrete-event simulation of a bank with tellers, a time-ordered event queue and deterministic arrivals
interface SimEvent {
  time: number;
  seq: number;
  kind: "arrive" | "finish";
  customer: number;
  teller?: number;
}

class EventQueue {
  private heap: SimEvent[] = [];
  private seq = 0;
  push(e: Omit<SimEvent, "seq">): void {
    const ev: SimEvent = { ...e, seq: this.seq++ };
    this.heap.push(ev);
    let i = this.heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(this.heap[i], this.heap[p])) break;
      [this.heap[i], this.heap[p]] = [this.heap[p], this.heap[i]];
      i = p;
    }
  }
  pop(): SimEvent | undefined {
    if (this.heap.length === 0) return undefined;
    const top = this.heap[0];
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.heap.length && this.less(this.heap[l], this.heap[m])) m = l;
        if (r < this.heap.length && this.less(this.heap[r], this.heap[m])) m = r;
        if (m === i) break;
        [this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]];
        i = m;
      }
    }
    return top;
  }
  get size(): number {
    return this.heap.length;
  }
  private less(a: SimEvent, b: SimEvent): boolean {
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }
}

class Lcg {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 16807) % 2147483647;
    return this.state / 2147483647;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
}

class Bank {
  private queue: number[] = [];
  private busy: boolean[];
  private arrivals = new Map<number, number>();
  private waits: number[] = [];
  private served: number[];
  log: string[] = [];
  constructor(tellers: number, private rng: Lcg, private events: EventQueue) {
    this.busy = new Array<boolean>(tellers).fill(false);
    this.served = new Array<number>(tellers).fill(0);
  }
  private freeTeller(): number {
    return this.busy.indexOf(false);
  }
  private startService(now: number, customer: number, teller: number): void {
    this.busy[teller] = true;
    this.served[teller]++;
    this.waits.push(now - (this.arrivals.get(customer) ?? now));
    const duration = this.rng.int(3, 9);
    this.events.push({ time: now + duration, kind: "finish", customer, teller });
  }
  handle(e: SimEvent): void {
    if (e.kind === "arrive") {
      this.arrivals.set(e.customer, e.time);
      const t = this.freeTeller();
      if (t >= 0) this.startService(e.time, e.customer, t);
      else this.queue.push(e.customer);
      if (e.time < 40) this.log.push(`t=${e.time} arrive c${e.customer} q=${this.queue.length}`);
    } else {
      const teller = e.teller!;
      this.busy[teller] = false;
      const next = this.queue.shift();
      if (next !== undefined) this.startService(e.time, next, teller);
      if (e.time < 40) this.log.push(`t=${e.time} done c${e.customer}@${teller}`);
    }
  }
  report(): string {
    const total = this.waits.reduce((a, b) => a + b, 0);
    const max = Math.max(...this.waits);
    return `served=${this.waits.length} avgWait=${(total / this.waits.length).toFixed(3)} maxWait=${max} perTeller=${this.served.join("/")}`;
  }
}

function simulate(tellers: number, customers: number, seed: number): Bank {
  const rng = new Lcg(seed);
  const events = new EventQueue();
  let t = 0;
  for (let c = 0; c < customers; c++) {
    t += rng.int(0, 4);
    events.push({ time: t, kind: "arrive", customer: c });
  }
  const bank = new Bank(tellers, rng, events);
  let processed = 0;
  let last = 0;
  for (let e = events.pop(); e; e = events.pop()) {
    if (e.time < last) throw new Error("time went backwards");
    last = e.time;
    bank.handle(e);
    processed++;
  }
  bank.log.push(`events=${processed} end=${last} left=${events.size}`);
  return bank;
}

const b1 = simulate(2, 30, 42);
console.log(b1.log.join("\n"));
console.log(b1.report());
for (const tellers of [1, 2, 3, 4]) {
  const b = simulate(tellers, 200, 7);
  console.log(tellers, b.report(), b.log[b.log.length - 1]);
}
