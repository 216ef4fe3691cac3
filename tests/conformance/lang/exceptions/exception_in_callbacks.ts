// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// exceptions: errors thrown inside array callbacks and closures propagate out of the library call
const data = [1, 2, 3, -4, 5];
let seen = 0;
try {
  data.forEach((x) => {
    seen++;
    if (x < 0) throw new RangeError("negative " + x);
  });
} catch (e) {
  console.log((e as Error).message, "after", seen);
}
try {
  const r = data.map((x) => {
    if (x === 3) throw new Error("three");
    return x * 2;
  });
  console.log(r);
} catch (e) {
  console.log("map aborted:", (e as Error).message);
}
try {
  [3, 1, 2].sort((a, b) => {
    if (a === 2 || b === 2) throw new Error("no twos");
    return a - b;
  });
} catch (e) {
  console.log("sort aborted:", (e as Error).message);
}
