// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// statements: labelled break/continue leaving try blocks runs each finally in inner-to-outer order
const log: string[] = [];
outer: for (let i = 0; i < 3; i++) {
  try {
    inner: for (let j = 0; j < 3; j++) {
      try {
        if (j === 1 && i === 0) continue outer;
        if (j === 1 && i === 1) break inner;
        if (j === 2 && i === 2) break outer;
        log.push(`body ${i}${j}`);
      } finally {
        log.push(`fin-inner ${i}${j}`);
      }
    }
    log.push(`after inner ${i}`);
  } finally {
    log.push(`fin-outer ${i}`);
  }
}
console.log(log.join("\n"));
log.length = 0;
blk: {
  try {
    log.push("in block");
    if (log.length > 0) break blk;
    log.push("unreachable");
  } finally {
    log.push("block finally");
  }
}
log.push("after block");
console.log(log.join(" / "));
