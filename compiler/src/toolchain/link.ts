// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Links the program object with the runtime objects through Zig's lld:
// a static Linux executable, or a Xen PVH kernel laid out by xen/kernel.ld.

import path from 'node:path';
import { projectRoot } from '../paths.js';
import { Target, runtimeObjects } from './runtime.js';
import { run, zigPath } from './tools.js';

/**
 * `programObject` is an object file, or bitcode (`.bc`, at -O3): then rt/
 * joins it as bitcode too and lld optimises both as one unit (LTO), so rt's
 * allocation, string and Map fast paths inline into the program.
 */
export function link(target: Target, programObject: string, output: string): void {
  const lto = programObject.endsWith('.bc');
  const objects = [...runtimeObjects(target, lto), programObject];
  const common = ['--gc-sections', ...(lto ? ['--lto-O3'] : []), '-o', output];
  const args = target === 'xen'
    ? ['ld.lld', '-T', path.join(projectRoot, 'xen', 'kernel.ld'), '--strip-all', ...common, ...objects]
    : ['ld.lld', '-static', '--entry=_start', ...common, ...objects];
  run(zigPath(), args, 'linking');
}
