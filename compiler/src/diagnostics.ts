// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Diagnostics: tsxen's own codes and a tsc-style printer (file:line:col,
// a one-line reason, a code frame), coloured with chalk on a TTY.

import ts from '#typescript';
import { Chalk } from 'chalk';

/** tsxen diagnostic codes. Stable: tests and users refer to them. */
export const Code = {
  UnsupportedSyntax: 1001,
  UnsupportedType: 1002,
  VarDeclaration: 1003,
  AnyType: 1004,
  Eval: 1005,
  Arguments: 1007,
  Delete: 1008,
  PrototypeManipulation: 1009,
  ComputedAccess: 1010,
  FunctionConstructor: 1011,
  DeclarationMerging: 1012,
  UnsupportedApi: 1013,
  // Modules (program/modules.ts) and the xen stdlib module.
  DefaultExport: 1101,
  NamespaceImport: 1102,
  DynamicImport: 1103,
  CommonJsModule: 1104,
  ModuleSpecifier: 1105,
  ImportCycle: 1106,
  ScriptImport: 1107,
  XenModuleTarget: 1108,
  ReservedIntrinsic: 1109,
  InternalError: 9001,
} as const;

export interface Diagnostic {
  /** 'TSX1001' for tsxen's codes, 'TS2322' for TypeScript's. */
  code: string;
  message: string;
  file?: ts.SourceFile;
  start?: number;
  length?: number;
}

export function tsxDiagnostic(code: number, node: ts.Node, message: string): Diagnostic {
  const file = node.getSourceFile();
  const start = node.getStart(file);
  return { code: `TSX${code}`, message, file, start, length: Math.max(1, node.getEnd() - start) };
}

export function fromTypeScript(d: ts.Diagnostic): Diagnostic {
  return {
    code: `TS${d.code}`,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    file: d.file,
    start: d.start,
    length: d.length,
  };
}

/** Thrown (and caught by the driver) when compilation cannot go on. */
export class CompileError extends Error {
  constructor(public readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}

export function useColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

/** Renders diagnostics the way `tsc --pretty` does. */
export function formatDiagnostics(diags: Diagnostic[], colour: boolean, cwd = process.cwd()): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const out: string[] = [];
  for (const d of diags) {
    const code = c.grey(`${d.code}:`);
    if (!d.file || d.start === undefined) {
      out.push(`${c.red('error')} ${code} ${d.message}`);
      continue;
    }
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const name = relativePath(d.file.fileName, cwd);
    out.push(`${c.cyan(name)}:${c.yellow(String(line + 1))}:${c.yellow(String(character + 1))} - ${c.red('error')} ${code} ${d.message}`);
    out.push('');
    out.push(...codeFrame(d.file, d.start, d.length ?? 1, line, c));
    out.push('');
  }
  const n = diags.length;
  if (n > 0) out.push(`Found ${n} error${n === 1 ? '' : 's'}.`);
  return out.join('\n') + '\n';
}

function relativePath(file: string, cwd: string): string {
  return file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file;
}

function codeFrame(file: ts.SourceFile, start: number, length: number, line: number, c: InstanceType<typeof Chalk>): string[] {
  const lines = file.text.split(/\r?\n/);
  const text = lines[line] ?? '';
  const lineStart = file.getPositionOfLineAndCharacter(line, 0);
  const col = start - lineStart;
  const width = Math.max(1, Math.min(length, text.length - col));
  const gutter = String(line + 1);
  return [
    `${c.bgWhite.black(gutter)} ${text}`,
    `${c.bgWhite.black(' '.repeat(gutter.length))} ${' '.repeat(col)}${c.red('~'.repeat(width))}`,
  ];
}
