// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a discrete-event simulation of bank tellers driven by a generic binary heap with a comparator and a seeded LCG
class Heap<T> {
  private data: T[] = [];
  constructor(private less: (a: T, b: T) => boolean) {}
  get size(): number { return this.data.length; }
  push(x: T): void {
    this.data.push(x);
    let i = this.data.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(this.data[i], this.data[parent])) break;
      [this.data[i], this.data[parent]] = [this.data[parent], this.data[i]];
      i = parent;
    }
  }
  peek(): T | undefined { return this.data.length ? this.data[0] : undefined; }
  pop(): T | undefined {
    if (this.data.length === 0) return undefined;
    const top = this.data[0];
    const last = this.data.pop() as T;
    if (this.data.length > 0) {
      this.data[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < this.data.length && this.less(this.data[l], this.data[m])) m = l;
        if (r < this.data.length && this.less(this.data[r], this.data[m])) m = r;
        if (m === i) break;
        [this.data[i], this.data[m]] = [this.data[m], this.data[i]];
        i = m;
      }
    }
    return top;
  }
}

class Lcg {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0;
    return this.s / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
}

type EventKind = "arrive" | "finish" | "break";
interface SimEvent { time: number; seq: number; kind: EventKind; customer: number; teller: number }
interface Customer { id: number; arrived: number; started?: number; done?: number; vip: boolean }

class Bank {
  private events = new Heap<SimEvent>((a, b) => a.time < b.time || (a.time === b.time && a.seq < b.seq));
  private seq = 0;
  private waiting = new Heap<Customer>((a, b) => (a.vip !== b.vip ? a.vip : a.arrived < b.arrived || (a.arrived === b.arrived && a.id < b.id)));
  private busy: boolean[];
  private customers: Customer[] = [];
  private log: string[] = [];
  private served = new Map<number, number>();
  constructor(private tellers: number, private rng: Lcg) {
    this.busy = new Array<boolean>(tellers).fill(false);
  }
  private schedule(time: number, kind: EventKind, customer: number = -1, teller: number = -1): void {
    this.events.push({ time, seq: this.seq++, kind, customer, teller });
  }
  private startService(now: number): void {
    for (let t = 0; t < this.tellers && this.waiting.size > 0; t++) {
      if (this.busy[t]) continue;
      const c = this.waiting.pop() as Customer;
      c.started = now;
      this.busy[t] = true;
      const dur = this.rng.int(2, c.vip ? 4 : 9);
      this.schedule(now + dur, "finish", c.id, t);
      this.log.push(`t=${now} teller${t} takes c${c.id}${c.vip ? "*" : ""} for ${dur}`);
    }
  }
  run(arrivals: number, until: number): void {
    let t = 0;
    for (let i = 0; i < arrivals; i++) {
      t += this.rng.int(0, 4);
      this.schedule(t, "arrive", i);
    }
    this.schedule(15, "break", -1, 0);
    while (this.events.size > 0) {
      const ev = this.events.pop() as SimEvent;
      if (ev.time > until) { this.log.push(`t=${ev.time} stop (${this.events.size + 1} pending)`); break; }
      switch (ev.kind) {
        case "arrive": {
          const c: Customer = { id: ev.customer, arrived: ev.time, vip: this.rng.next() < 0.2 };
          this.customers.push(c);
          this.waiting.push(c);
          break;
        }
        case "finish": {
          const c = this.customers[ev.customer];
          c.done = ev.time;
          this.busy[ev.teller] = false;
          this.served.set(ev.teller, (this.served.get(ev.teller) ?? 0) + 1);
          break;
        }
        case "break": {
          this.log.push(`t=${ev.time} break event for teller${ev.teller}, busy=${this.busy[ev.teller]}`);
          break;
        }
      }
      this.startService(ev.time);
    }
  }
  report(): void {
    for (const l of this.log) console.log(l);
    const done = this.customers.filter((c) => c.done !== undefined);
    const waits = done.map((c) => (c.started ?? 0) - c.arrived);
    const maxWait = Math.max(0, ...waits);
    const avg = waits.length ? waits.reduce((a, b) => a + b, 0) / waits.length : 0;
    console.log(`served ${done.length}/${this.customers.length}, avg wait ${avg.toFixed(3)}, max wait ${maxWait}`);
    const vipWaits = done.filter((c) => c.vip).map((c) => (c.started ?? 0) - c.arrived);
    console.log("vip waits", vipWaits);
    console.log("per teller", [...this.served.entries()].sort((a, b) => a[0] - b[0]));
    const unfinished = this.customers.filter((c) => c.done === undefined).map(({ id, started }) => `c${id}:${started ?? "queued"}`);
    console.log("unfinished", unfinished);
  }
}

const h = new Heap<number>((a, b) => a < b);
for (const x of [5, 3, 9, 1, 7, 3, 0, 12]) h.push(x);
const drained: number[] = [];
while (h.size) drained.push(h.pop() as number);
console.log(drained, h.pop(), h.peek());
const words = new Heap<string>((a, b) => a.length > b.length || (a.length === b.length && a < b));
for (const w of ["kiwi", "fig", "banana", "apple", "date"]) words.push(w);
console.log(words.peek(), words.pop(), words.pop(), words.size);
for (const [tellers, seed] of [[1, 7], [2, 7], [3, 12345]]) {
  console.log(`--- ${tellers} teller(s), seed ${seed}`);
  const bank = new Bank(tellers, new Lcg(seed));
  bank.run(12, 40);
  bank.report();
}
