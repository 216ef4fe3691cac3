// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Lowers a whole checked program to one LLVM module: module-level variables
// become globals, function declarations become internal functions, and the
// top-level statements become `tsx_main`, which the runtime calls.

import ts from 'typescript';
import llvm from 'llvm-bindings';
import { IrModule } from './runtime.js';
import { FunctionContext, ProgramContext, UserFunction } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { llvmType } from './expressions.js';
import { lowerStatements } from './statements.js';
import { internalError } from './errors.js';
import { CompileError, Code } from '../diagnostics.js';
import { LoadedProgram } from '../program/load.js';
import { recursiveFunctions } from './callgraph.js';

const Linkage = llvm.Function.LinkageTypes;

export function lowerProgram(loaded: LoadedProgram): IrModule {
  const file = loaded.entry;
  const ir = new IrModule(file.fileName);
  ir.module.setSourceFileName(file.fileName);
  const pc = new ProgramContext(ir, loaded.checker);
  pc.stackLimit = new llvm.GlobalVariable(ir.module, ir.i64, false, Linkage.ExternalLinkage, null, 'tsx_stack_limit');

  const functions = file.statements.filter(ts.isFunctionDeclaration);
  for (const decl of functions) declareFunction(pc, decl);
  declareGlobals(pc, file);

  const main = llvm.Function.Create(llvm.FunctionType.get(ir.void, [], false), Linkage.ExternalLinkage, 'tsx_main', ir.module);
  const mainCtx = new FunctionContext(pc, main, 'void');
  lowerStatements(mainCtx, file.statements);
  if (!mainCtx.terminated()) ir.builder.CreateRetVoid();
  mainCtx.finish();
  verify(main, file);

  const recursive = recursiveFunctions(loaded.checker, functions);
  for (const decl of functions) defineFunction(pc, decl, recursive.has(decl));
  return ir;
}

function declareFunction(pc: ProgramContext, decl: ts.FunctionDeclaration): void {
  const { checker, ir } = pc;
  const sym = checker.getSymbolAtLocation(decl.name!)!;
  const sig = checker.getSignatureFromDeclaration(decl)!;
  const params = decl.parameters.map((p) => kindOrFail(checker.getTypeAtLocation(p), p));
  const result = kindOrFail(checker.getReturnTypeOfSignature(sig), decl);
  const type = llvm.FunctionType.get(llvmType(pc, result), params.map((k) => llvmType(pc, k)), false);
  const fn = llvm.Function.Create(type, Linkage.InternalLinkage, `ts.${decl.name!.text}`, ir.module);
  pc.functions.set(sym, { fn, params, result });
}

function kindOrFail(type: ts.Type, at: ts.Node): Kind {
  const k = kindOfType(type);
  if (!k) throw internalError(at, 'unsupported type in a signature');
  return k;
}

/** Module-level let/const become globals; see needsTdzFlag for their init flags. */
function declareGlobals(pc: ProgramContext, file: ts.SourceFile): void {
  const { ir, checker } = pc;
  const usedInFunctions = symbolsUsedInFunctions(checker, file);
  file.statements.forEach((stmt, index) => {
    if (!ts.isVariableStatement(stmt)) return;
    for (const decl of stmt.declarationList.declarations) {
      const id = decl.name as ts.Identifier;
      const sym = checker.getSymbolAtLocation(id)!;
      const kind = kindOrFail(checker.getTypeAtLocation(id), id);
      const type = llvmType(pc, kind);
      const g = new llvm.GlobalVariable(ir.module, type, false, Linkage.InternalLinkage, llvm.Constant.getNullValue(type), id.text);
      const storage = { kind, ptr: g as llvm.Value, name: id.text, initialised: undefined as llvm.Value | undefined };
      if (usedInFunctions.has(sym) && mayCallBefore(file, index)) {
        storage.initialised = new llvm.GlobalVariable(ir.module, ir.i1, false, Linkage.InternalLinkage, llvm.ConstantInt.getFalse(ir.context), `${id.text}.initialised`);
      }
      pc.globals.set(sym, storage);
    }
  });
}

/** Module-level symbols that some function body refers to. */
function symbolsUsedInFunctions(checker: ts.TypeChecker, file: ts.SourceFile): Set<ts.Symbol> {
  const used = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const sym = checker.getSymbolAtLocation(node);
      if (sym) used.add(sym);
    }
    ts.forEachChild(node, visit);
  };
  for (const stmt of file.statements) if (ts.isFunctionDeclaration(stmt) && stmt.body) visit(stmt.body);
  return used;
}

/**
 * Whether any function can run before the declaration at `index` completes:
 * only calls in top-level statements up to and including it can start one.
 */
function mayCallBefore(file: ts.SourceFile, index: number): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && !isConsoleCallShape(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  for (let i = 0; i <= index && !found; i++) {
    const stmt = file.statements[i];
    if (!ts.isFunctionDeclaration(stmt)) visit(stmt);
  }
  return found;
}

function isConsoleCallShape(node: ts.CallExpression): boolean {
  const e = node.expression;
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'console' &&
    node.arguments.every((a) => !containsCall(a));
}

function containsCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) || ts.forEachChild(node, containsCall) === true;
}

function defineFunction(pc: ProgramContext, decl: ts.FunctionDeclaration, recursive: boolean): void {
  const { checker, ir } = pc;
  const target: UserFunction = pc.functions.get(checker.getSymbolAtLocation(decl.name!)!)!;
  const ctx = new FunctionContext(pc, target.fn, target.result);
  if (recursive) stackCheck(ctx);
  decl.parameters.forEach((p, i) => {
    const id = p.name as ts.Identifier;
    const kind = target.params[i];
    const slot = ctx.alloca(llvmType(pc, kind), id.text);
    ir.builder.CreateStore(target.fn.getArg(i), slot);
    ctx.locals.set(checker.getSymbolAtLocation(id)!, { kind, ptr: slot, name: id.text });
  });
  lowerStatements(ctx, decl.body!.statements);
  if (!ctx.terminated()) {
    if (target.result === 'void') ir.builder.CreateRetVoid();
    else ir.builder.CreateUnreachable(); // TypeScript proved every path returns
  }
  ctx.finish();
  verify(target.fn, decl);
}

/**
 * Recursive functions check the stack on entry so that runaway recursion is
 * Node's RangeError rather than a crash: the frame's address against the
 * runtime's limit.
 */
function stackCheck(ctx: FunctionContext): void {
  const { b, ir } = ctx;
  const marker = ctx.alloca(ir.i8, 'frame');
  const sp = b.CreatePtrToInt(marker, ir.i64);
  const limit = b.CreateLoad(ir.i64, ctx.program.stackLimit!);
  const overflow = ctx.newBlock('stack.overflow');
  const ok = ctx.newBlock('stack.ok');
  b.CreateCondBr(b.CreateICmpULT(sp, limit), overflow, ok);
  b.SetInsertPoint(overflow);
  b.CreateCall(ir.runtime('tsx_stack_overflow', ir.void, []), []);
  b.CreateUnreachable();
  b.SetInsertPoint(ok);
}

function verify(fn: llvm.Function, at: ts.Node): void {
  if (llvm.verifyFunction(fn)) {
    throw new CompileError([
      { code: `TSX${Code.InternalError}`, message: `internal compiler error: LLVM rejected the code generated for '${fn.getName()}'`, file: at.getSourceFile(), start: at.getStart(), length: 1 },
    ]);
  }
}
