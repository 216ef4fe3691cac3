// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Loads a program through TypeScript's own checker API. A tsconfig.json next to
// the entry file is honoured; otherwise strict defaults apply. TypeScript's own
// errors come back as diagnostics, exactly as tsc reports them.

import ts from '#typescript';
import path from 'node:path';
import fs from 'node:fs';
import { CompileError, fromTypeScript } from '../diagnostics.js';
import { projectRoot } from '../paths.js';
import { typeScriptDiagnostics } from './libcheck.js';
import { withLibraryRefinements } from '../checker/librarytypes.js';
import { XEN_MODULE, checkModuleSyntax, evaluationOrder, moduleAwareChecker, programView, resolveModulesWith } from './modules.js';

export interface LoadedProgram {
  program: ts.Program;
  checker: ts.TypeChecker;
  /**
   * The whole program as one file: every module's statements in evaluation
   * order (program/modules.ts); the entry file itself for a one-file program.
   */
  entry: ts.SourceFile;
  /** The program's own source files (not lib .d.ts files), in evaluation order. */
  sources: ts.SourceFile[];
  /** Whether the program imports the xen stdlib module. */
  usesXen: boolean;
}

/** Options every tsxen program is checked with, whatever its tsconfig says. */
const FORCED: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: [],
};

export function compilerOptionsFor(entry: string): ts.CompilerOptions {
  const configPath = path.join(path.dirname(entry), 'tsconfig.json');
  let options: ts.CompilerOptions = {};
  if (fs.existsSync(configPath)) {
    const read = ts.readConfigFile(configPath, ts.sys.readFile);
    if (read.error) throw new CompileError([fromTypeScript(read.error)]);
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
    if (parsed.errors.length) throw new CompileError(parsed.errors.map(fromTypeScript));
    options = parsed.options;
  }
  // lib names from a tsconfig are already resolved to file names; keep ours.
  return { ...options, ...FORCED, module: options.module ?? ts.ModuleKind.ES2022 };
}

/** tsxen's own declarations of the Node globals it provides (console, ...). */
export const GLOBALS_DTS = path.join(projectRoot, 'stdlib', 'lib', 'globals.d.ts');

/**
 * A compiler host that parses each library file once per process, so a test
 * runner that compiles hundreds of programs does not re-parse lib.es2022.
 */
export function createCachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  // As tsc does: JSDoc is parsed only where it can matter to type errors,
  // not in the lib files' thousands of doc comments (a fifth of a compile).
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  resolveModulesWith(host);
  const cache = new Map<string, ts.SourceFile>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const cacheable = fileName.endsWith('.d.ts');
    const hit = cacheable ? cache.get(fileName) : undefined;
    if (hit) return hit;
    const file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (file && cacheable) cache.set(fileName, file);
    return file;
  };
  return host;
}

let sharedHost: ts.CompilerHost | undefined;

/**
 * `fullLibCheck`: type-check TypeScript's lib files too, first, as tsc does;
 * otherwise only when that can find something (program/libcheck.ts).
 */
export function loadProgram(entry: string, fullLibCheck = true): LoadedProgram {
  const file = path.resolve(entry);
  if (!fs.existsSync(file)) {
    throw new CompileError([{ code: 'TSX6001', message: `Cannot find entry file '${entry}'.` }]);
  }
  const options = compilerOptionsFor(file);
  sharedHost ??= createCachingHost(options);
  const program = ts.createProgram({ rootNames: [file, GLOBALS_DTS], options, host: sharedHost });
  const entryFile = program.getSourceFile(file);
  if (!entryFile) throw new CompileError([{ code: 'TSX6001', message: `Cannot read '${entry}'.` }]);
  const all = program.getSourceFiles().filter((f) => !f.isDeclarationFile);
  const checker = program.getTypeChecker(); // binds every file (parent pointers)
  // tsxen's own module rules first: they explain what TypeScript would only call unresolved.
  const moduleDiags = all.flatMap((f) => checkModuleSyntax(f));
  const tsDiags = fullLibCheck ? ts.getPreEmitDiagnostics(program) : typeScriptDiagnostics(program, checker);
  if (moduleDiags.length || tsDiags.length) throw new CompileError([...moduleDiags, ...tsDiags.map(fromTypeScript)]);
  const graph = evaluationOrder(program, checker, sharedHost, entryFile);
  if (graph.diagnostics.length) throw new CompileError(graph.diagnostics);
  const usesXen = graph.order.some((f) => path.resolve(f.fileName) === XEN_MODULE);
  return { program, checker: moduleAwareChecker(withLibraryRefinements(checker)), entry: programView(entryFile, graph.order), sources: graph.order, usesXen };
}
