// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: enum-typed fields and parameters in classes, static lookup tables keyed by enum, precedence ordering
enum Priority {
  Low = 1,
  Normal = 5,
  High = 10,
  Urgent = 100,
}
enum Status {
  Open = "open",
  Done = "done",
  Blocked = "blocked",
}
class Task {
  static readonly weights: Record<Status, number> = { [Status.Open]: 1, [Status.Blocked]: 0.5, [Status.Done]: 0 };
  static nextId = 1;
  readonly id = Task.nextId++;
  status: Status = Status.Open;
  constructor(readonly title: string, public priority: Priority = Priority.Normal) {}
  get score(): number {
    return this.priority * Task.weights[this.status];
  }
  bump(): void {
    switch (this.priority) {
      case Priority.Low: this.priority = Priority.Normal; break;
      case Priority.Normal: this.priority = Priority.High; break;
      case Priority.High:
      case Priority.Urgent: this.priority = Priority.Urgent; break;
    }
  }
  toString(): string {
    return `#${this.id} ${this.title} [${Priority[this.priority]}/${this.status}] score=${this.score}`;
  }
}
const tasks = [new Task("write"), new Task("test", Priority.High), new Task("ship", Priority.Low), new Task("fix", Priority.Urgent)];
tasks[1].status = Status.Blocked;
tasks[2].bump();
tasks[2].bump();
tasks[3].status = Status.Done;
tasks[0].bump();
for (const t of tasks) console.log(String(t));
const ranked = tasks.slice().sort((a, b) => b.score - a.score || a.id - b.id);
console.log(ranked.map((t) => t.title).join(" > "));
const byStatus = new Map<Status, string[]>();
for (const t of tasks) byStatus.set(t.status, [...(byStatus.get(t.status) ?? []), t.title]);
console.log([...byStatus.entries()].map(([s, ts]) => `${s}:${ts.join("+")}`).join(" "));
console.log(tasks.filter((t) => t.priority >= Priority.High).length, Priority.Urgent > Priority.High, Status.Done > Status.Blocked);
