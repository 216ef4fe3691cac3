// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.reject does not adopt a promise reason; Promise.resolve returns a promise as it is
const inner = Promise.resolve(5);
const rejected = Promise.reject(inner);
rejected.catch((r: unknown) => {
  console.log("reason is the promise itself:", r === inner);
});
const same = Promise.resolve(inner);
console.log("resolve returns the same promise:", same === inner);
const wrapped = Promise.resolve(7);
console.log("a plain value gets a new promise:", wrapped !== Promise.resolve(7));
new Promise<number>((_resolve, reject) => reject(inner)).catch((r: unknown) => console.log("executor reject keeps it:", r === inner));
async function passes(): Promise<Promise<number>[]> {
  return [inner];
}
passes().then((arr) => console.log("an array holding a promise is not adopted:", arr[0] === inner));
