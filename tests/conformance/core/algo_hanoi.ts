// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// towers of Hanoi: printing the moves for 4 discs and counting moves for 20
let moves: number = 0;
let printMoves: boolean = true;
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  if (printMoves) console.log("move disc " + n + " from " + from + " to " + to);
  hanoi(n - 1, via, to, from);
}
hanoi(4, "A", "C", "B");
console.log("moves:", moves);
printMoves = false;
moves = 0;
hanoi(18, "A", "C", "B");
console.log("moves for 18:", moves, moves === 2 ** 18 - 1);
