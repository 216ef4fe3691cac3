// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// The library's public face: re-exports of its modules.
export { square, cube } from './math';
export * from './vec';
export { clamp } from './clamp';
