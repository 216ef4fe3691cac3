// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a sort comparator closure counts comparisons and reads captured priority table
const priority = new Map<string, number>([
  ["high", 0],
  ["mid", 1],
  ["low", 2],
]);
interface Task {
  name: string;
  level: string;
}
const tasks: Task[] = [
  { name: "t1", level: "low" },
  { name: "t2", level: "high" },
  { name: "t3", level: "mid" },
  { name: "t4", level: "high" },
  { name: "t5", level: "low" },
  { name: "t6", level: "mid" },
];
let comparisons = 0;
const byPriority = (a: Task, b: Task): number => {
  comparisons++;
  return (priority.get(a.level) ?? 9) - (priority.get(b.level) ?? 9);
};
const sorted = tasks.slice().sort(byPriority);
console.log(sorted.map((t) => t.name).join(" "));
console.log(comparisons > 0, tasks[0].name);
