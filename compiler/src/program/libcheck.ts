// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// TypeScript's diagnostics for a program without type-checking TypeScript's
// own lib .d.ts files when that cannot find anything (checking them was a
// third of a compile). The lib files are fixed and check clean with
// stdlib/lib/globals.d.ts, so they can only gain an error from a program whose
// global declarations merge into theirs (`interface Array<T> {...}`), or one
// that already has an error (a duplicate global is reported on both sides).
// Those programs get ts.getPreEmitDiagnostics in full; for all others the lib
// files' diagnostics are known empty. A program with any diagnostic is then
// compiled again with the lib files checked first (driver.ts), because the
// order types are created in shows in how diagnostics print unions.

import ts from '#typescript';
import path from 'node:path';
import { GLOBALS_DTS } from './load.js';

export function typeScriptDiagnostics(program: ts.Program, checker: ts.TypeChecker): readonly ts.Diagnostic[] {
  const own = program.getSourceFiles().filter((f) => !program.isSourceFileDefaultLibrary(f));
  if (own.some((f) => mergesIntoLib(program, f, checker))) return ts.getPreEmitDiagnostics(program);
  const early = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getGlobalDiagnostics(),
  ];
  if (early.length || own.some((f) => program.getSemanticDiagnostics(f).length)) return ts.getPreEmitDiagnostics(program);
  return [];
}

/** Whether a file declares a global that a default lib file declares too. */
function mergesIntoLib(program: ts.Program, file: ts.SourceFile, checker: ts.TypeChecker): boolean {
  if (path.resolve(file.fileName) === GLOBALS_DTS) return false;
  const globalStatements = ts.isExternalModule(file)
    ? file.statements.flatMap((s) => ts.isModuleDeclaration(s) && (s.flags & ts.NodeFlags.GlobalAugmentation) && s.body && ts.isModuleBlock(s.body) ? [...s.body.statements] : [])
    : file.statements;
  return globalStatements.some((s) => declaredNames(s).some((name) =>
    checker.getSymbolAtLocation(name)?.declarations?.some((d) => program.isSourceFileDefaultLibrary(d.getSourceFile())) ?? false));
}

function declaredNames(statement: ts.Statement): ts.Node[] {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)
    || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) && statement.name) {
    return [statement.name];
  }
  return [];
}

function bindingNames(name: ts.BindingName): ts.Node[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => ts.isOmittedExpression(e) ? [] : bindingNames(e.name));
}
