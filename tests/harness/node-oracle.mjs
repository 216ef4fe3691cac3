// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The oracle: runs a TypeScript file under Node after a plain TypeScript
// transpile, and reports its stdout and exit status.

import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import ts from 'typescript';

export function transpile(file) {
  const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    fileName: file,
  });
  return out.outputText;
}

/** Runs `cmd args` and resolves with its stdout, stderr and exit status. */
export function runProcess(cmd, args, { timeoutMs = 30000, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status: status ?? 128, signal });
    });
    if (input !== undefined) {
      child.stdin.on('error', () => {}); // the child may exit before reading its input
      child.stdin.end(input);
    }
  });
}

export async function runUnderNode(file, workDir) {
  const js = path.join(workDir, path.basename(file).replace(/\.ts$/, '.cjs'));
  fs.writeFileSync(js, transpile(file));
  return runProcess(process.execPath, [js]);
}
