// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: generic aliases for callbacks (reducers, predicates) bound per call from the callback's own types
type Reducer<A, T> = (acc: A, x: T) => A;
function fold<A, T>(xs: T[], r: Reducer<A, T>, init: A): A { let acc = init; for (const x of xs) acc = r(acc, x); return acc; }
console.log(fold([1, 2, 3], (acc: string, x: number) => acc + x, ">"));
console.log(fold(["a", "bb"], (acc: number, s: string) => acc + s.length, 0));
console.log(fold([true, false, true], (acc: boolean[], b: boolean) => [...acc, !b], [] as boolean[]));
