// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Array: writing past the end creates holes; callbacks skip holes but join and for-of see undefined
const a: number[] = [];
a[3] = 3;
a[1] = 1;
console.log(a.length, a.join(","), a.indexOf(undefined as unknown as number));
let calls = 0;
a.forEach(() => calls++);
console.log(calls, a.map((x) => x * 2).length, a.filter(() => true).length);
let forOf = 0;
for (const x of a) if (x === undefined) forOf++;
console.log(forOf, Object.keys(a).join(","), a.includes(undefined as unknown as number));
