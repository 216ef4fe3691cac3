// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %d uses valueOf before toString, %i and %f parse the toString result, %j and %o ignore both
class V { valueOf(): number { return 42.5; } }
class S { toString(): string { return "12.75px"; } }
class Both { valueOf(): number { return -3; } toString(): string { return "9e2"; } }
console.log("%d %i %f %s", new V(), new V(), new V(), new V());
console.log("%d %i %f %s", new S(), new S(), new S(), new S());
console.log("%d %i %f %s", new Both(), new Both(), new Both(), new Both());
console.log("%j %o %O", new Both(), new S(), new V());
const lit = { valueOf(): number { return 8; } };
console.log("%d|%i", lit, lit);
