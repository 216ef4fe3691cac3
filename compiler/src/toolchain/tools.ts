// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The external tools the compiler drives: Zig (pinned, installed by
// scripts/setup into tools/zig) and Debian's LLVM 14 (opt, llc).

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { toolsDir } from '../paths.js';

export class ToolError extends Error {}

export function zigPath(): string {
  const zig = process.env.TSXEN_ZIG ?? path.join(toolsDir, 'zig', 'ziglang', 'zig');
  if (!fs.existsSync(zig)) throw new ToolError(`Zig not found at ${zig}: run scripts/setup first.`);
  return zig;
}

export function llvmTool(name: 'opt' | 'llc' | 'llvm-dis'): string {
  return process.env[`TSXEN_${name.toUpperCase().replace('-', '_')}`] ?? `/usr/bin/${name}-14`;
}

/** Runs a tool; a failure becomes a ToolError carrying its output. */
export function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw new ToolError(`${what}: cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new ToolError(`${what} failed (${path.basename(cmd)} exited ${r.status}):\n${r.stderr}${r.stdout}`);
  }
}
