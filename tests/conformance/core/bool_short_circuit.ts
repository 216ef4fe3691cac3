// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// && and || evaluate the right operand only when needed, observed through printing calls
let calls: number = 0;
function yes(tag: string): boolean {
  calls++;
  console.log("yes", tag);
  return true;
}
function no(tag: string): boolean {
  calls++;
  console.log("no", tag);
  return false;
}
console.log(no("a") && yes("b"));
console.log(yes("c") && no("d"));
console.log(yes("e") || no("f"));
console.log(no("g") || yes("h"));
console.log(no("i") || no("j") || yes("k") || yes("l"));
console.log(yes("m") && yes("n") && no("o") && yes("p"));
console.log(no("q") && yes("r") || yes("s"));
console.log(yes("t") || no("u") && no("v"));
if (no("w") && yes("x")) {
  console.log("unreachable");
} else {
  console.log("else branch");
}
let v: number = 0;
function bump(): boolean {
  v++;
  return v < 3;
}
while (bump() && bump()) {
  console.log("loop v =", v);
}
console.log("v =", v, "calls =", calls);
console.log(yes("cond") ? no("then") : yes("else"));
console.log(no("cond2") ? no("then2") : yes("else2"));
