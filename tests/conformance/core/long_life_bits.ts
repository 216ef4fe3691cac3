// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// longer program: Conway's Game of Life on a 6x5 torus packed into the bits of one integer
const COLS: number = 6;
const ROWS: number = 5;
function idx(r: number, c: number): number {
  let rr: number = (r + ROWS) % ROWS;
  let cc: number = (c + COLS) % COLS;
  return rr * COLS + cc;
}
function alive(board: number, r: number, c: number): boolean {
  return ((board >>> idx(r, c)) & 1) === 1;
}
function neighbours(board: number, r: number, c: number): number {
  let n: number = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      if (dr === 0 && dc === 0) continue;
      if (alive(board, r + dr, c + dc)) n++;
    }
  }
  return n;
}
function step(board: number): number {
  let next: number = 0;
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      let n: number = neighbours(board, r, c);
      let on: boolean = alive(board, r, c);
      if ((on && (n === 2 || n === 3)) || (!on && n === 3)) next |= 1 << idx(r, c);
    }
  }
  return next;
}
function population(board: number): number {
  let p: number = 0;
  for (let i = 0; i < ROWS * COLS; i++) p += (board >>> i) & 1;
  return p;
}
function show(board: number, gen: number): void {
  console.log("gen " + gen + " pop " + population(board) + " bits " + board);
  for (let r = 0; r < ROWS; r++) {
    let line: string = "";
    for (let c = 0; c < COLS; c++) line += alive(board, r, c) ? "O" : ".";
    console.log(line);
  }
}
let glider: number = 0;
glider |= 1 << idx(0, 1);
glider |= 1 << idx(1, 2);
glider |= 1 << idx(2, 0);
glider |= 1 << idx(2, 1);
glider |= 1 << idx(2, 2);
let board: number = glider;
for (let g = 0; g <= 8; g++) {
  if (g % 4 === 0) show(board, g);
  board = step(board);
}
let blinker: number = (1 << idx(2, 1)) | (1 << idx(2, 2)) | (1 << idx(2, 3));
let b1: number = step(blinker);
let b2: number = step(b1);
console.log("blinker period 2:", b2 === blinker, b1 !== blinker);
let seed: number = 0x2aaaaaab;
let period: number = 0;
let slow: number = seed;
let fast: number = step(seed);
while (slow !== fast && period < 1000) {
  slow = step(slow);
  fast = step(step(fast));
  period++;
}
console.log("cycle detected after", period, "steps, population", population(slow));
