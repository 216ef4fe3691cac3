// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a generic binary-heap priority queue with custom comparators used for k-way merge, top-k and scheduling
class PriorityQueue<T> {
  private data: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.data.length;
  }
  isEmpty(): boolean {
    return this.data.length === 0;
  }
  peek(): T | undefined {
    return this.data[0];
  }
  push(...items: T[]): void {
    for (const item of items) {
      this.data.push(item);
      this.up(this.data.length - 1);
    }
  }
  pop(): T | undefined {
    const d = this.data;
    if (d.length === 0) return undefined;
    const top = d[0];
    const last = d.pop() as T;
    if (d.length > 0) {
      d[0] = last;
      this.down(0);
    }
    return top;
  }
  drain(): T[] {
    const out: T[] = [];
    while (!this.isEmpty()) out.push(this.pop() as T);
    return out;
  }
  private up(i: number): void {
    const d = this.data;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(d[i], d[p])) return;
      const tmp = d[i];
      d[i] = d[p];
      d[p] = tmp;
      i = p;
    }
  }
  private down(i: number): void {
    const d = this.data;
    const n = d.length;
    for (;;) {
      let best = i;
      const l = 2 * i + 1;
      const r = l + 1;
      if (l < n && this.before(d[l], d[best])) best = l;
      if (r < n && this.before(d[r], d[best])) best = r;
      if (best === i) return;
      const tmp = d[i];
      d[i] = d[best];
      d[best] = tmp;
      i = best;
    }
  }
}

const minQ = new PriorityQueue<number>((a, b) => a < b);
minQ.push(5, 3, 8, 1, 9, 2, 7, 3);
console.log(minQ.size, minQ.peek(), minQ.drain().join(" "));

const maxQ = new PriorityQueue<number>((a, b) => a > b);
maxQ.push(-1.5, 0, 100, -0, 42);
console.log(maxQ.drain().join(" "), maxQ.pop());

function mergeSorted(lists: number[][]): number[] {
  const q = new PriorityQueue<[number, number, number]>((a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]));
  lists.forEach((l, i) => {
    if (l.length > 0) q.push([l[0], i, 0]);
  });
  const out: number[] = [];
  while (!q.isEmpty()) {
    const [v, li, idx] = q.pop()!;
    out.push(v);
    if (idx + 1 < lists[li].length) q.push([lists[li][idx + 1], li, idx + 1]);
  }
  return out;
}
console.log(mergeSorted([[1, 4, 9], [2, 2, 10], [], [0, 5, 6, 11]]).join(","));

function topK<T>(xs: T[], k: number, score: (x: T) => number): T[] {
  const q = new PriorityQueue<T>((a, b) => score(a) < score(b));
  for (const x of xs) {
    q.push(x);
    if (q.size > k) q.pop();
  }
  return q.drain().reverse();
}
const words = "the quick brown fox jumps over the lazy dog while an extraordinarily long word waits".split(" ");
console.log(topK(words, 3, (w) => w.length).join(" "));

interface Job {
  name: string;
  priority: number;
  arrival: number;
}
class Scheduler {
  private q = new PriorityQueue<Job>((a, b) => a.priority > b.priority || (a.priority === b.priority && a.arrival < b.arrival));
  private clock = 0;
  submit(name: string, priority: number): void {
    this.q.push({ name, priority, arrival: this.clock++ });
  }
  runAll(): string[] {
    return this.q.drain().map((j) => `${j.name}(p${j.priority})`);
  }
}
const s = new Scheduler();
s.submit("backup", 1);
s.submit("email", 5);
s.submit("render", 5);
s.submit("index", 3);
s.submit("alert", 9);
s.submit("log", 1);
console.log(s.runAll().join(" > "));

class Task {
  constructor(public id: string, public deadline: number) {}
  toString(): string {
    return this.id + "@" + this.deadline;
  }
}
const tq = new PriorityQueue<Task>((a, b) => a.deadline < b.deadline);
for (let i = 0; i < 12; i++) tq.push(new Task("t" + i, (i * 7) % 12));
console.log(tq.drain().join(" "));
const strQ = new PriorityQueue<string>((a, b) => a.localeCompare(b) < 0);
strQ.push("pear", "Apple", "banana", "apple", "Cherry");
console.log(strQ.drain().join(","));
