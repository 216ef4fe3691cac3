// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: finally runs on break and continue, including labelled jumps out of nested loops
const log: string[] = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
const log2: string[] = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      try {
        if (j === 1) continue outer;
        if (i === 2) break outer;
        log2.push(i + "" + j);
      } finally {
        log2.push("in");
      }
    } finally {
      log2.push("out");
    }
  }
}
console.log(log2.join(" "));
