// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a discrete event simulator on a generic binary heap, with typed events and statistics
class MinHeap<T> {
  private data: T[] = [];
  constructor(private readonly key: (x: T) => number) {}
  get size(): number {
    return this.data.length;
  }
  push(x: T): void {
    this.data.push(x);
    let i = this.data.length - 1;
    while (i > 0) {
      const p = Math.floor((i - 1) / 2);
      if (this.key(this.data[p]) <= this.key(this.data[i])) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): T | undefined {
    if (this.data.length === 0) return undefined;
    const top = this.data[0];
    const last = this.data.pop();
    if (this.data.length > 0 && last !== undefined) {
      this.data[0] = last;
      this.sink(0);
    }
    return top;
  }
  private sink(i: number): void {
    const n = this.data.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.key(this.data[l]) < this.key(this.data[m])) m = l;
      if (r < n && this.key(this.data[r]) < this.key(this.data[m])) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  private swap(a: number, b: number): void {
    const t = this.data[a];
    this.data[a] = this.data[b];
    this.data[b] = t;
  }
}
class Stats<T> {
  private samples: T[] = [];
  constructor(private readonly measure: (x: T) => number) {}
  add(x: T): void {
    this.samples.push(x);
  }
  get count(): number {
    return this.samples.length;
  }
  mean(): number {
    if (this.samples.length === 0) return 0;
    let s = 0;
    for (const x of this.samples) s += this.measure(x);
    return Math.round((s / this.samples.length) * 1000) / 1000;
  }
  max(): T | undefined {
    let best: T | undefined;
    for (const x of this.samples) if (best === undefined || this.measure(x) > this.measure(best)) best = x;
    return best;
  }
}
interface SimEvent {
  time: number;
  seq: number;
  kind: "arrive" | "start" | "finish";
  customer: number;
}
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed;
  }
  next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  }
  between(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
}
class Simulator {
  private queue = new MinHeap<SimEvent>((e) => e.time * 10000 + e.seq);
  private seq = 0;
  private waiting: number[] = [];
  private busy = false;
  private arrivals = new Map<number, number>();
  readonly waits = new Stats<number>((w) => w);
  readonly log: string[] = [];
  constructor(private rng: Rng) {}
  schedule(time: number, kind: SimEvent["kind"], customer: number): void {
    this.queue.push({ time, seq: this.seq++, kind, customer });
  }
  run(limit: number): number {
    let now = 0;
    let handled = 0;
    while (this.queue.size > 0 && handled < limit) {
      const e = this.queue.pop();
      if (!e) break;
      now = e.time;
      handled++;
      if (e.kind === "arrive") {
        this.arrivals.set(e.customer, now);
        if (this.busy) this.waiting.push(e.customer);
        else this.schedule(now, "start", e.customer);
      } else if (e.kind === "start") {
        this.busy = true;
        this.waits.add(now - (this.arrivals.get(e.customer) ?? now));
        this.schedule(now + this.rng.between(2, 6), "finish", e.customer);
      } else {
        this.busy = false;
        if (this.log.length < 6) this.log.push("c" + e.customer + "@" + now);
        const nextCustomer = this.waiting.shift();
        if (nextCustomer !== undefined) this.schedule(now, "start", nextCustomer);
      }
    }
    return now;
  }
}
const sim = new Simulator(new Rng(7));
let t = 0;
for (let c = 1; c <= 12; c++) {
  t += 1 + (c % 4);
  sim.schedule(t, "arrive", c);
}
const end = sim.run(1000);
console.log("end", end, "served", sim.waits.count, "mean wait", sim.waits.mean(), "max", sim.waits.max());
console.log(sim.log.join(" "));
const words = new MinHeap<string>((w) => w.length);
for (const w of ["ccc", "a", "bbbb", "dd", "eeeee"]) words.push(w);
const order: string[] = [];
while (words.size > 0) order.push(words.pop() ?? "?");
console.log(order.join(","), words.pop());
