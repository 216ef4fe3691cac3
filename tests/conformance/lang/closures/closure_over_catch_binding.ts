// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: closures capture a catch clause binding and block-scoped bindings inside try
const handlers: Array<() => string> = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i !== 1) throw new Error("bad " + i);
    const ok = "ok " + i;
    handlers.push(() => ok);
  } catch (e) {
    const err = e as Error;
    handlers.push(() => err.message);
  }
}
console.log(handlers.map((h) => h()).join("; "));
let later: () => string = () => "unset";
try {
  throw new RangeError("range!");
} catch (e) {
  if (e instanceof RangeError) later = () => e.name + ":" + e.message;
}
console.log(later());
