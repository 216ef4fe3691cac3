// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Globals that tsxen programs see besides the ES2022 library: the parts of
// Node's environment that tsxen provides on every target. The compiler checks
// each use against what it implements (unsupported argument types are
// diagnostics, not silent differences).

interface Console {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
}
declare var console: Console;

/** A timer made by setTimeout/setInterval (Node's Timeout object; opaque here). */
declare class Timeout {
  private readonly __timeout: void;
}
declare function setTimeout(callback: () => void, ms?: number): Timeout;
declare function setInterval(callback: () => void, ms?: number): Timeout;
declare function clearTimeout(timeout: Timeout | undefined): void;
declare function clearInterval(timeout: Timeout | undefined): void;
declare function queueMicrotask(callback: () => void): void;

interface Performance {
  now(): number;
}
declare var performance: Performance;
