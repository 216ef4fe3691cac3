// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: splice removing, inserting and replacing with negative and oversized arguments
function show(start: number, del?: number, ...ins: number[]): void {
  const a = [0, 1, 2, 3, 4, 5];
  const removed = del === undefined ? a.splice(start) : a.splice(start, del, ...ins);
  console.log(start, del, ins.join(","), "->", removed.join(","), "|", a.join(","));
}
show(2, 2);
show(2, 0, 9, 9);
show(-2, 1);
show(1, 10);
show(4);
show(-100, 1, 7);
show(6, 0, 6);
show(3, -1, 8);
