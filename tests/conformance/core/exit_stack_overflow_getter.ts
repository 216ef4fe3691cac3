// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exit status: a getter and a closure that recurse through field-like reads are not leaves; they overflow cleanly, exit 1
class Node2 {
  n: number = 0;
  get depth(): number {
    return this.depth + 1;
  }
  bump(): void {
    this.n++;
  }
}
const x = new Node2();
x.bump();
x.bump();
console.log("bumped", x.n);
let hops = 0;
const hop = (k: number): number => {
  hops++;
  return k > 0 ? hop(k - 1) + 1 : 0;
};
console.log("hops", hop(100), hops);
console.log("depth", x.depth);
console.log("never printed");
