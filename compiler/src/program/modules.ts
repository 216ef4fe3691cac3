// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Programs of several files (spec/modules.md). tsxen compiles the whole
// program at once: the modules' top-level statements are concatenated in ES
// module evaluation order (dependencies first, a depth-first post-order of the
// import graph in the order of the import declarations) into one view of the
// program that the subset checker and the lowering walk like a single file.
// Imported names resolve to their declaring symbols (moduleAwareChecker), so
// lowering sees one declaration whichever module names it.

import ts from '#typescript';
import path from 'node:path';
import { Code, Diagnostic, tsxDiagnostic } from '../diagnostics.js';
import { projectRoot } from '../paths.js';

/** The specifier of the stdlib module that exposes the Xen platform. */
export const XEN_SPECIFIER = 'tsxen:xen';
export const XEN_MODULE = path.join(projectRoot, 'stdlib', 'xen.ts');
/** `export default function f` / `export default class C`: a named declaration, lowered like any other. */
function isNamedDefault(node: ts.Node): boolean {
  return (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name !== undefined;
}

/** Names reserved for the stdlib's platform intrinsics. */
export const INTRINSIC_PREFIX = '__tsx_';

const STDLIB_DIR = path.join(projectRoot, 'stdlib') + path.sep;

function isStdlibFile(file: ts.SourceFile): boolean {
  return path.resolve(file.fileName).startsWith(STDLIB_DIR);
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

const RESOLUTION: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowImportingTsExtensions: true,
  noEmit: true,
};

/** Where an import specifier leads: a program file, the xen module, or nowhere. */
function resolveSpecifier(specifier: string, containingFile: string, host: ts.ModuleResolutionHost): ts.ResolvedModuleFull | undefined {
  if (specifier === XEN_SPECIFIER) return { resolvedFileName: XEN_MODULE, extension: ts.Extension.Ts, isExternalLibraryImport: false };
  if (!isRelative(specifier)) return undefined;
  return ts.resolveModuleName(specifier, containingFile, RESOLUTION, host).resolvedModule;
}

/** Installs tsxen's module resolution on a compiler host. */
export function resolveModulesWith(host: ts.CompilerHost): void {
  host.resolveModuleNames = (names, containingFile) => names.map((n) => resolveSpecifier(n, containingFile, host));
}

/**
 * The module forms tsxen rejects, found syntactically before TypeScript's own
 * checks (so that `import fs from 'node:fs'` says why rather than TS2307).
 */
export function checkModuleSyntax(file: ts.SourceFile): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const report = (code: number, node: ts.Node, message: string): void => void diags.push(tsxDiagnostic(code, node, message));
  const stdlib = isStdlibFile(file);
  const checkSpecifier = (spec: ts.Expression): void => {
    if (!ts.isStringLiteral(spec)) return;
    const s = spec.text;
    if (s === XEN_SPECIFIER || isRelative(s)) {
      if (/\.(mjs|cjs|json|ts|tsx)$/.test(s)) report(Code.ModuleSpecifier, spec, `'${s}': a tsxen program imports only its own .ts files (write './name' or './name.js').`);
      return;
    }
    report(Code.ModuleSpecifier, spec, `'${s}' is not a module tsxen can compile: a program imports only its own files ('./util') and '${XEN_SPECIFIER}'; node: builtins and npm packages are not available.`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      checkSpecifier(node.moduleSpecifier);
      const clause = node.importClause;
      if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings) && !clause.isTypeOnly) {
        report(Code.NamespaceImport, clause.namedBindings, "Namespace imports ('import * as m') are not supported yet: import the names you use ('import { a, b } from ...').");
      }
      for (const attr of node.attributes?.elements ?? []) report(Code.ModuleSpecifier, attr, 'Import attributes are not supported.');
      return;
    }
    if (ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) checkSpecifier(node.moduleSpecifier);
      if (node.exportClause && ts.isNamespaceExport(node.exportClause)) report(Code.NamespaceImport, node.exportClause, "'export * as name' is not supported yet: re-export the names ('export { a, b } from ...').");
      return;
    }
    if (ts.isExportAssignment(node)) {
      if (node.isExportEquals) report(Code.CommonJsModule, node, "'export =' (CommonJS) is not supported: use 'export' declarations.");
      else report(Code.DefaultExport, node, "'export default' of an expression is not supported: export a named declaration (export default function f ..., export default class C ...) or a binding (export { x as default }).");
      return;
    }
    if (ts.isImportEqualsDeclaration(node)) {
      report(Code.CommonJsModule, node, "'import x = require(...)' and import aliases are not supported: use 'import { x } from ...'.");
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      report(Code.DynamicImport, node, "Dynamic 'import()' is not supported: tsxen compiles the whole program ahead of time; use a static import.");
    }
    if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) && !isNamedDefault(node)) {
      report(Code.DefaultExport, node, "An anonymous default export is not supported: give the function or class a name (export default function f ...).");
    }
    if (ts.isAwaitExpression(node) && !ts.findAncestor(node, ts.isFunctionLike)) {
      // A module may await at its top level in ES, which makes its importers wait; not compiled (yet).
      report(Code.UnsupportedSyntax, node, "Top-level 'await' is not supported: await inside an async function (async function main() { ... } main();).");
    }
    if (!stdlib && ts.isIdentifier(node) && node.text.startsWith(INTRINSIC_PREFIX)) {
      report(Code.ReservedIntrinsic, node, `'${node.text}': names starting with '${INTRINSIC_PREFIX}' are reserved for tsxen's platform intrinsics.`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return diags;
}

/**
 * Whether an import declaration makes the imported module run: TypeScript
 * elides an import whose names are only types or unused (and so does the
 * oracle's transpile), keeping bare `import './x'`.
 */
function importRunsModule(checker: ts.TypeChecker, decl: ts.ImportDeclaration): boolean {
  const clause = decl.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  const aliases = new Set<ts.Symbol>();
  const bindings = clause.namedBindings;
  if (clause.name) aliases.add(checker.getSymbolAtLocation(clause.name)!);
  if (bindings && ts.isNamespaceImport(bindings)) aliases.add(checker.getSymbolAtLocation(bindings.name)!);
  if (bindings && ts.isNamedImports(bindings)) {
    for (const e of bindings.elements) if (!e.isTypeOnly) aliases.add(checker.getSymbolAtLocation(e.name)!);
  }
  const file = decl.getSourceFile();
  let used = false;
  const visit = (node: ts.Node): void => {
    if (used || ts.isImportDeclaration(node) || ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isIdentifier(node)) {
      const s = ts.isShorthandPropertyAssignment(node.parent) ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
      if (s && aliases.has(s)) used = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return used;
}

/**
 * The modules a file's import and re-export declarations run first, in
 * order. A specifier that does not lead to one of the program's .ts files
 * (a .js or .d.ts file, nothing at all: TypeScript does not check a bare
 * `import './x'`) is a diagnostic.
 */
function dependencies(checker: ts.TypeChecker, program: ts.Program, host: ts.ModuleResolutionHost, file: ts.SourceFile, diags: Diagnostic[]): { decl: ts.Statement; file: ts.SourceFile }[] {
  const out: { decl: ts.Statement; file: ts.SourceFile }[] = [];
  for (const stmt of file.statements) {
    const spec = ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt) ? stmt.moduleSpecifier : undefined;
    if (!spec || !ts.isStringLiteral(spec)) continue;
    const resolved = resolveSpecifier(spec.text, file.fileName, host);
    const target = resolved && program.getSourceFile(resolved.resolvedFileName);
    if (!target || target.isDeclarationFile) {
      diags.push(tsxDiagnostic(Code.ModuleSpecifier, spec, `'${spec.text}' is not one of the program's .ts files${resolved ? ` (it is ${path.basename(resolved.resolvedFileName)})` : ' (no such file)'}.`));
      continue;
    }
    const runs = ts.isImportDeclaration(stmt) ? importRunsModule(checker, stmt) : !(stmt as ts.ExportDeclaration).isTypeOnly;
    if (runs) out.push({ decl: stmt, file: target });
  }
  return out;
}

export interface ModuleGraph {
  /** Program files in evaluation order (the entry last). */
  order: ts.SourceFile[];
  diagnostics: Diagnostic[];
}

/** ES module evaluation order; cycles and imported scripts are diagnostics. */
export function evaluationOrder(program: ts.Program, checker: ts.TypeChecker, host: ts.ModuleResolutionHost, entry: ts.SourceFile): ModuleGraph {
  const order: ts.SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const done = new Set<ts.SourceFile>();
  const stack: ts.SourceFile[] = [];
  const visit = (file: ts.SourceFile): void => {
    stack.push(file);
    for (const dep of dependencies(checker, program, host, file, diagnostics)) {
      if (stack.includes(dep.file)) {
        const cycle = [...stack.slice(stack.indexOf(dep.file)), dep.file].map((f) => path.basename(f.fileName)).join(' -> ');
        diagnostics.push(tsxDiagnostic(Code.ImportCycle, dep.decl, `Circular imports are not supported (${cycle}): a module could observe another's bindings before they are initialised. Move the shared declarations into a module both import.`));
        continue;
      }
      if (done.has(dep.file)) continue;
      if (dep.file !== entry && !ts.isExternalModule(dep.file)) {
        diagnostics.push(tsxDiagnostic(Code.ScriptImport, dep.decl, `'${path.basename(dep.file.fileName)}' is not a module (it has no import or export): its declarations would be global. Add 'export {}' or export what it declares.`));
      }
      visit(dep.file);
    }
    stack.pop();
    done.add(file);
    order.push(file);
  };
  visit(entry);
  return { order, diagnostics };
}

/** Import/export declarations carry no run-time statements of their own. */
function isModuleDeclaration(stmt: ts.Statement): boolean {
  return ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt) || ts.isImportEqualsDeclaration(stmt) || ts.isExportAssignment(stmt);
}

/**
 * One view of the whole program: a SourceFile whose statements are every
 * module's, in evaluation order. Its nodes stay those of their own files
 * (parents, positions, the checker's symbols), so a statement's parent is
 * still a SourceFile and diagnostics point into the right file.
 */
export function programView(entry: ts.SourceFile, order: ts.SourceFile[]): ts.SourceFile {
  if (order.length === 1) return entry;
  const statements = ts.factory.createNodeArray(order.flatMap((f) => f.statements.filter((s) => !isModuleDeclaration(s))));
  const view = Object.create(entry) as ts.SourceFile;
  Object.defineProperty(view, 'statements', { value: statements });
  return view;
}

/**
 * The checker as lowering sees it: an imported name is the symbol of the
 * declaration it imports (through re-exports too).
 */
export function moduleAwareChecker(checker: ts.TypeChecker): ts.TypeChecker {
  const resolve = (s: ts.Symbol | undefined): ts.Symbol | undefined => (s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const view = Object.create(checker) as ts.TypeChecker;
  view.getSymbolAtLocation = (node) => resolve(checker.getSymbolAtLocation(node));
  view.getShorthandAssignmentValueSymbol = (node) => resolve(checker.getShorthandAssignmentValueSymbol(node));
  return view;
}

/** The xen module talks to the hypervisor: only a Xen kernel has one. */
export function checkTarget(sources: readonly ts.SourceFile[], target: string): Diagnostic[] {
  if (target === 'xen') return [];
  const diags: Diagnostic[] = [];
  for (const file of sources) {
    if (isStdlibFile(file)) continue;
    for (const stmt of file.statements) {
      const spec = ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt) ? stmt.moduleSpecifier : undefined;
      if (spec && ts.isStringLiteral(spec) && spec.text === XEN_SPECIFIER) {
        diags.push(tsxDiagnostic(Code.XenModuleTarget, spec, `The '${XEN_SPECIFIER}' module needs --target xen: it reads xenstore and talks to the hypervisor, which a ${target} executable does not have.`));
      }
    }
  }
  return diags;
}

/** A declaration's modifiers other than `export` and `default` (which only name it for importers). */
export function withoutExport(modifiers: ts.NodeArray<ts.ModifierLike> | undefined): ts.ModifierLike[] {
  return (modifiers ?? []).filter((m) => m.kind !== ts.SyntaxKind.ExportKeyword && m.kind !== ts.SyntaxKind.DefaultKeyword);
}
