// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The `tsxen` command line: compile and run. Errors are diagnostics or one
// line; a compiler stack trace appears only with TSXEN_DEBUG=1.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { compile, OptLevel, Target } from './driver.js';
import { CompileError, formatDiagnostics, useColour } from './diagnostics.js';
import { ToolError } from './toolchain/tools.js';
import { projectRoot } from './paths.js';
import { parseHeapSize } from './toolchain/heaplimit.js';

const USAGE = `Usage:
  tsxen compile <main.ts> [-o <output>] [--target xen|linux] [-O0|-O1|-O2|-O3] [--heap <size>] [--emit-llvm]
  tsxen run <main.ts> [--target xen|linux] [--xen] [-O<n>] [--heap <size>] [-- <args>...]

Targets: xen (default) builds an ELF kernel with a PVH entry, bootable by Xen
and by QEMU's direct kernel boot; linux builds a static x86-64 executable.
'run' boots the kernel under QEMU (or under the Xen hypervisor with --xen),
or runs the Linux executable, and exits with the program's status.

-O3 also optimises the program together with the runtime at link time (LTO).

--heap <size> compiles in a heap limit (bytes, or with a K/M/G suffix); a
--heap=<size> word on the kernel (or program) command line overrides it.
Other boot options: --gc-stats, --gc-stress, --boot-time (see rt/ABI.md).
`;

class UsageError extends Error {}

interface Args {
  command: 'compile' | 'run';
  entry: string;
  output?: string;
  target: Target;
  opt: OptLevel;
  emitLlvm: boolean;
  heapLimit?: number;
  xen: boolean;
  rest: string[];
}

function parseArgs(argv: string[]): Args {
  const [command, ...more] = argv;
  if (command !== 'compile' && command !== 'run') throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  const args: Args = { command, entry: '', target: 'xen', opt: 2, emitLlvm: false, xen: false, rest: [] };
  for (let i = 0; i < more.length; i++) {
    const a = more[i];
    const value = (): string => {
      const v = more[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--') {
      args.rest = more.slice(i + 1);
      break;
    } else if (a === '-o' || a === '--output') args.output = value();
    else if (a === '--target') {
      const t = value();
      if (t !== 'xen' && t !== 'linux') throw new UsageError(`unknown target '${t}' (xen or linux)`);
      args.target = t;
    } else if (/^-O[0-3]$/.test(a)) args.opt = Number(a[2]) as OptLevel;
    else if (a === '--emit-llvm') args.emitLlvm = true;
    else if (a === '--heap') {
      const v = value();
      args.heapLimit = parseHeapSize(v);
      if (args.heapLimit === undefined) throw new UsageError(`invalid heap size '${v}' (bytes, or a number with K, M or G)`);
    }
    else if (a === '--xen') args.xen = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
    else if (!args.entry) args.entry = a;
    else throw new UsageError(`unexpected argument '${a}'`);
  }
  if (!args.entry) throw new UsageError('no input file');
  if (args.xen && args.target !== 'xen') throw new UsageError('--xen boots the xen target');
  return args;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    return args.command === 'compile' ? compileCommand(args) : runCommand(args);
  } catch (e) {
    return reportError(e);
  }
}

function compileCommand(args: Args): number {
  const output = args.output ?? (args.target === 'xen' ? 'kernel.elf' : path.basename(args.entry).replace(/\.ts$/, ''));
  compile({ entry: args.entry, output, target: args.target, opt: args.opt, emitLlvm: args.emitLlvm, heapLimit: args.heapLimit });
  return 0;
}

function runCommand(args: Args): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-run-'));
  try {
    const output = path.join(dir, args.target === 'xen' ? 'kernel.elf' : 'program');
    compile({ entry: args.entry, output, target: args.target, opt: args.opt, emitLlvm: args.emitLlvm, heapLimit: args.heapLimit });
    const [cmd, cmdArgs] = args.target === 'linux'
      ? [output, args.rest]
      : [path.join(projectRoot, 'scripts', args.xen ? 'boot-xen' : 'boot-qemu'), [output, ...args.rest]];
    const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
    if (r.error) throw new ToolError(`cannot run ${cmd}: ${r.error.message}`);
    return r.status ?? 128 + 9;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function reportError(e: unknown): number {
  if (e instanceof CompileError) {
    process.stderr.write(formatDiagnostics(e.diagnostics, useColour(process.stderr)));
    return 1;
  }
  if (e instanceof UsageError) {
    process.stderr.write(`tsxen: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (e instanceof ToolError) {
    process.stderr.write(`tsxen: ${e.message}\n`);
    return 1;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`tsxen: internal compiler error: ${err.message}\n`);
  if (process.env.TSXEN_DEBUG) process.stderr.write(`${err.stack}\n`);
  return 70;
}
