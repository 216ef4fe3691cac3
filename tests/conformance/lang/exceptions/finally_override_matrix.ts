// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: finally overriding return, throw, break and continue; nested finally ordering
const log: string[] = [];
function retOverRet(): number {
  try {
    log.push("try");
    return 1;
  } finally {
    log.push("finally");
    // eslint-disable-next-line no-unsafe-finally
    return 2;
  }
}
function retOverThrow(): string {
  try {
    throw new Error("lost");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "swallowed";
  }
}
function throwOverRet(): number {
  try {
    return 1;
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    throw new RangeError("from finally");
  }
}
function breakOverReturn(): string {
  let r = "none";
  for (let i = 0; i < 3; i++) {
    try {
      r = "ret" + i;
      return r;
    } finally {
      log.push("f" + i);
      // eslint-disable-next-line no-unsafe-finally
      if (i < 1) continue;
      // eslint-disable-next-line no-unsafe-finally
      break;
    }
  }
  return "after loop " + r;
}
function continueOverThrow(): number {
  let caught = 0;
  for (let i = 0; i < 4; i++) {
    try {
      try {
        if (i % 2 === 0) throw new Error("e" + i);
        caught += 10;
      } finally {
        log.push("inner" + i);
        // eslint-disable-next-line no-unsafe-finally
        if (i === 0) continue;
      }
    } catch (e) {
      caught++;
      log.push("caught " + (e instanceof Error ? e.message : "?"));
    } finally {
      log.push("outer" + i);
    }
  }
  return caught;
}
function valueCapturedBeforeFinally(): number {
  let x = 1;
  try {
    return x;
  } finally {
    x = 100;
    log.push("x=" + x);
  }
}
console.log(retOverRet(), log.join(","));
log.length = 0;
console.log(retOverThrow());
try {
  throwOverRet();
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).message);
}
console.log(breakOverReturn(), log.join(","));
log.length = 0;
console.log(continueOverThrow(), log.join(","));
log.length = 0;
console.log(valueCapturedBeforeFinally(), log.join(","));
