// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a cooperative task queue where callbacks schedule further callbacks
type Task = () => void;
const queue: Task[] = [];
let ticks = 0;
const trace: string[] = [];
function schedule(t: Task): void {
  queue.push(t);
}
function runAll(limit: number): number {
  let ran = 0;
  while (queue.length > 0 && ran < limit) {
    const t = queue.shift()!;
    t();
    ran++;
    ticks++;
  }
  return ran;
}
function repeat(name: string, times: number): Task {
  let left = times;
  const step: Task = () => {
    trace.push(name + left);
    left--;
    if (left > 0) schedule(step);
  };
  return step;
}
schedule(repeat("a", 3));
schedule(repeat("b", 2));
schedule(() => trace.push("once"));
console.log(runAll(100), trace.join(" "), ticks);
function then(first: () => number, next: (v: number) => void): Task {
  return () => {
    const v = first();
    schedule(() => next(v));
  };
}
const results: number[] = [];
schedule(then(() => 6 * 7, (v) => results.push(v)));
schedule(then(() => 1, (v) => schedule(then(() => v + 1, (w) => results.push(w)))));
console.log(runAll(2), queue.length, runAll(100), results.join(","), ticks);
