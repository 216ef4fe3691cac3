// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// object spread: members and spread sources are evaluated left to right
const trace: string[] = [];
interface Box { v: number; w: string }
const make = (tag: string, v: number): Box => { trace.push(tag); return { v, w: tag }; };
const val = (tag: string, n: number): number => { trace.push(tag); return n; };
const r = { u: val("a", 1), ...make("b", 2), extra: val("c", 3), ...make("d", 4), w: "last" };
console.log(r, trace.join(""));
