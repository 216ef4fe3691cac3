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

/**
 * A program of several files (a directory with main.ts): every .ts file of the
 * directory is transpiled to a CommonJS .js file of the same relative path, so
 * that './util' and './util.js' resolve under Node.
 */
function transpileDirectory(entry, workDir) {
  const from = path.dirname(entry);
  const to = fs.mkdtempSync(path.join(workDir, 'modules-'));
  fs.writeFileSync(path.join(to, 'package.json'), '{ "type": "commonjs" }\n');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const out = path.join(to, path.relative(from, p)).replace(/\.ts$/, '.js');
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, transpile(p));
      }
    }
  };
  walk(from);
  return path.join(to, 'main.js');
}

export async function runUnderNode(file, workDir) {
  if (path.basename(file) === 'main.ts') return runProcess(process.execPath, [transpileDirectory(file, workDir)]);
  const js = path.join(workDir, path.basename(file).replace(/\.ts$/, '.cjs'));
  fs.writeFileSync(js, transpile(file));
  return runProcess(process.execPath, [js]);
}
