// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Shared mutable state: an array, an object and a counter.
export const registry: string[] = [];
export const settings = { verbose: false };
let messages = 0;

export const enum Level {
  Info = 1,
  Warn = 2,
}

export function register(name: string): void {
  registry.push(name.toUpperCase());
}

export function makeLogger(level: Level): (msg: string) => void {
  const tag = level === Level.Warn ? 'WARN' : 'INFO';
  return (msg) => {
    if (level === Level.Info && !settings.verbose) return;
    messages++;
    console.log(`[${tag}] ${msg}`);
  };
}

export function messageCount(): number {
  return messages;
}
