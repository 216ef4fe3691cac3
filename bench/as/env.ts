// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Host imports shared by the AssemblyScript benchmarks (see host.mjs).

// @ts-ignore: decorator
@external("host", "print")
export declare function print(s: string): void;

// @ts-ignore: decorator
@external("host", "printFixed")
export declare function printFixed(x: f64, digits: i32): void;
