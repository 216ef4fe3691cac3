// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: case labels are expressions evaluated in order until one matches; switch(true) idiom
const evals: string[] = [];
function v(n: number): number {
  evals.push("c" + n);
  return n;
}
function pick(x: number): string {
  switch (x) {
    case v(1):
      return "one";
    case v(2):
      return "two";
    case v(3):
      return "three";
  }
  return "none";
}
console.log(pick(2), evals.join(","));
evals.length = 0;
console.log(pick(9), evals.join(","));
function grade(score: number): string {
  switch (true) {
    case score >= 90:
      return "A";
    case score >= 80:
      return "B";
    case score >= 70:
      return "C";
    default:
      return "F";
  }
}
console.log([95, 85, 75, 10, 90].map(grade).join(""));
