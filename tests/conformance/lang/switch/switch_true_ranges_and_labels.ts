// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: switch(true) range tests, break inside switch vs labelled loop break/continue, return from cases
function grade(score: number): string {
  switch (true) {
    case score >= 90: return "A";
    case score >= 80: return "B";
    case score >= 70: return "C";
    case Number.isNaN(score): return "?";
    default: return "F";
  }
}
console.log([95, 90, 85, 72, 10, NaN, -0].map(grade).join(""));
const out: string[] = [];
scan: for (let i = 0; i < 10; i++) {
  switch (i % 4) {
    case 0:
      out.push("z" + i);
      break;
    case 1:
      continue scan;
    case 2:
      if (i > 5) break scan;
      out.push("t" + i);
      break;
    default:
      out.push("o" + i);
  }
  out.push("|");
}
console.log(out.join(""));
function tokens(src: string): string[] {
  const res: string[] = [];
  let num = "";
  for (const ch of src) {
    switch (ch) {
      case "0": case "1": case "2": case "3": case "4":
      case "5": case "6": case "7": case "8": case "9":
        num += ch;
        continue;
      case " ":
        break;
      case "+": case "-": case "*": case "/":
        if (num) res.push(num);
        num = "";
        res.push("op" + ch);
        continue;
      default:
        res.push("?" + ch);
    }
    if (num) res.push(num);
    num = "";
  }
  if (num) res.push(num);
  return res;
}
console.log(tokens("12+ 3*45 x-6").join(" "));
