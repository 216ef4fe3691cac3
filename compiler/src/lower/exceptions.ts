// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Exceptions without an unwinder: `throw` stores the thrown Value in a global
// and raises a pending flag; every call that may throw is followed by a test
// of that flag, which branches to the innermost handler (a catch, a finally,
// or the function's exit, which leaves the flag raised for its caller).
//
// finally: each try-with-finally has a completion slot. Anything leaving the
// protected region (normal end, throw, return, break, continue) records why
// and enters the finally body; after it, a switch resumes the recorded
// completion — unless the finally body itself left by return/break/throw,
// which overrides it, as in JS.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, LoopTarget } from './context.js';
import { allocObject, llvmKindType } from './classes.js';
import { toValue, valueAbiArgs } from './values.js';
import { ValueTag } from './runtime.js';
import { asyncThrow } from './async.js';
import { CheckSite, throwGraph } from './nothrow.js';

/** Completion codes; jumps get codes from FIRST_JUMP on. */
const NORMAL = 0;
const THROW = 1;
const FIRST_JUMP = 2;

export type Jump = { kind: 'return' } | { kind: 'break' | 'continue'; target: LoopTarget };

export interface FinallyFrame {
  entry: llvm.BasicBlock;
  completion: llvm.Value;
  jumps: Jump[];
  /**
   * The exception in flight while the finally body runs: taken out of the
   * pending state so that a return/break in the body discards it, as in JS,
   * and put back if the body completes normally.
   */
  held: llvm.Value;
}

export type Handler = { kind: 'catch'; block: llvm.BasicBlock } | { kind: 'finally'; frame: FinallyFrame };

export function pendingFlag(ctx: FunctionContext): llvm.Value {
  const pc = ctx.program;
  // External: the runtime raises exceptions too (rt/throw.zig). An i8 in memory.
  pc.excPending ??= new llvm.GlobalVariable(ctx.ir.module, ctx.ir.i1, false, llvm.Function.LinkageTypes.ExternalLinkage, llvm.ConstantInt.getFalse(ctx.ir.context), 'tsx_exception_pending');
  return pc.excPending;
}

export function exceptionSlot(ctx: FunctionContext): llvm.Value {
  const pc = ctx.program;
  const ir = ctx.ir;
  pc.excValue ??= new llvm.GlobalVariable(ir.module, ir.valueStruct, false, llvm.Function.LinkageTypes.ExternalLinkage, llvm.Constant.getNullValue(ir.valueStruct), 'tsx_exception_value');
  return pc.excValue;
}

/** `throw v` */
export function lowerThrow(ctx: FunctionContext, value: llvm.Value): void {
  ctx.b.CreateStore(value, exceptionSlot(ctx));
  ctx.b.CreateStore(llvm.ConstantInt.getTrue(ctx.ir.context), pendingFlag(ctx));
  routeThrow(ctx);
}

/**
 * After a call that may throw: go to the handler if an exception is pending.
 * `callee`: the compiled function just called, when the test is only about
 * it (nothrow.ts then drops the test if that function never throws).
 */
export function checkPending(ctx: FunctionContext, callee?: llvm.Function): void {
  if (!ctx.program.mayThrow) return;
  const { b, ir } = ctx;
  const raised = ctx.newBlock('exc.raised');
  const ok = ctx.newBlock('exc.none');
  // `select true, flag, false`: nothrow.ts turns the true into false once it knows the callee never throws.
  const live = b.CreateSelect(llvm.ConstantInt.getTrue(ir.context), b.CreateLoad(ir.i1, pendingFlag(ctx)), llvm.ConstantInt.getFalse(ir.context)) as llvm.SelectInst;
  b.CreateCondBr(live, raised, ok);
  const site = throwGraph(ctx.program).addCheck(callee, live);
  b.SetInsertPoint(raised);
  routeThrow(ctx, site);
  b.SetInsertPoint(ok);
}

/**
 * Sends a pending exception to the innermost handler, or out of the function.
 * `source`: the check that found it (none: a throw, always taken).
 */
export function routeThrow(ctx: FunctionContext, source?: CheckSite<llvm.Function>): void {
  const { b, ir } = ctx;
  const handler = ctx.handlers[ctx.handlers.length - 1];
  if (handler?.kind === 'catch') {
    b.CreateBr(handler.block);
  } else if (handler?.kind === 'finally') {
    b.CreateStore(takeException(ctx), handler.frame.held);
    b.CreateStore(llvm.ConstantInt.get(ir.i32, THROW), handler.frame.completion);
    b.CreateBr(handler.frame.entry);
  } else if (ctx.isMain) {
    const v = b.CreateLoad(ir.valueStruct, exceptionSlot(ctx));
    b.CreateCall(ir.runtime('tsx_uncaught', ir.void, [ir.i64, ir.i64]), valueAbiArgs(ctx, v));
    b.CreateUnreachable();
  } else if (ctx.async) {
    throwGraph(ctx.program).addExit(ctx.fn, source);
    asyncThrow(ctx);
  } else {
    // Leave with the flag raised; the caller's check takes over.
    throwGraph(ctx.program).addExit(ctx.fn, source);
    if (ctx.result === 'void') b.CreateRetVoid();
    else b.CreateRet(llvm.UndefValue.get(ctx.fn.getReturnType())); // an integer for intparams.ts results
  }
}

/** Takes the pending exception (for a catch clause): clears the flag, returns the Value. */
export function takeException(ctx: FunctionContext): llvm.Value {
  const { b, ir } = ctx;
  b.CreateStore(llvm.ConstantInt.getFalse(ir.context), pendingFlag(ctx));
  return b.CreateLoad(ir.valueStruct, exceptionSlot(ctx));
}

/** Leaves by return/break/continue, passing through the finally bodies in between. */
export function routeJump(ctx: FunctionContext, jump: Jump, direct: () => void): void {
  const depth = ctx.finallies.length;
  const targetDepth = jump.kind === 'return' ? 0 : jump.target.finallyDepth;
  if (depth <= targetDepth) return direct();
  const frame = ctx.finallies[depth - 1];
  let code = frame.jumps.indexOf(jump);
  if (code < 0) {
    const same = frame.jumps.findIndex((j) => sameJump(j, jump));
    code = same >= 0 ? same : frame.jumps.push(jump) - 1;
  }
  ctx.b.CreateStore(llvm.ConstantInt.get(ctx.ir.i32, FIRST_JUMP + code), frame.completion);
  ctx.b.CreateBr(frame.entry);
}

function sameJump(a: Jump, b: Jump): boolean {
  if (a.kind === 'return' || b.kind === 'return') return a.kind === b.kind;
  return a.kind === b.kind && a.target === b.target;
}

/**
 * try/catch/finally. `lowerBlock` lowers a block; `bindCatch` binds the catch
 * variable to the taken exception before the catch block runs.
 */
export function lowerTry(
  ctx: FunctionContext,
  node: ts.TryStatement,
  lowerBlock: (block: ts.Block) => void,
  bindCatch: (decl: ts.VariableDeclaration, value: llvm.Value) => void,
  resume: (jump: Jump) => void,
): void {
  const { b, ir } = ctx;
  const done = ctx.newBlock('try.done');
  let frame: FinallyFrame | undefined;
  if (node.finallyBlock) {
    frame = { entry: ctx.newBlock('finally'), completion: ctx.alloca(ir.i32, 'completion'), jumps: [], held: ctx.alloca(ir.valueStruct, 'held') };
    ctx.finallies.push(frame);
    ctx.handlers.push({ kind: 'finally', frame });
  }
  // The protected block, with the catch (if any) as its handler.
  const catchBlock = node.catchClause ? ctx.newBlock('catch') : undefined;
  if (catchBlock) ctx.handlers.push({ kind: 'catch', block: catchBlock });
  lowerBlock(node.tryBlock);
  if (catchBlock) ctx.handlers.pop();
  const leaveNormally = (): void => {
    if (ctx.terminated()) return;
    if (frame) {
      b.CreateStore(llvm.ConstantInt.get(ir.i32, NORMAL), frame.completion);
      b.CreateBr(frame.entry);
    } else b.CreateBr(done);
  };
  leaveNormally();
  if (catchBlock && node.catchClause) {
    b.SetInsertPoint(catchBlock);
    const exc = takeException(ctx);
    if (node.catchClause.variableDeclaration) bindCatch(node.catchClause.variableDeclaration, exc);
    lowerBlock(node.catchClause.block);
    leaveNormally();
  }
  if (frame && node.finallyBlock) {
    ctx.handlers.pop();
    ctx.finallies.pop();
    b.SetInsertPoint(frame.entry);
    lowerBlock(node.finallyBlock);
    if (!ctx.terminated()) {
      const completion = b.CreateLoad(ir.i32, frame.completion);
      const rethrow = ctx.newBlock('finally.rethrow');
      const sw = b.CreateSwitch(completion, done, frame.jumps.length + 1);
      sw.addCase(llvm.ConstantInt.get(ir.i32, THROW), rethrow);
      frame.jumps.forEach((jump, i) => {
        const bb = ctx.newBlock('finally.resume');
        sw.addCase(llvm.ConstantInt.get(ir.i32, FIRST_JUMP + i), bb);
        b.SetInsertPoint(bb);
        resume(jump);
      });
      b.SetInsertPoint(rethrow);
      b.CreateStore(b.CreateLoad(ir.valueStruct, frame.held), exceptionSlot(ctx));
      b.CreateStore(llvm.ConstantInt.getTrue(ir.context), pendingFlag(ctx));
      routeThrow(ctx);
    }
  }
  b.SetInsertPoint(done);
}

/** Library methods whose implementations throw JS errors (TypeError, RangeError). */
const THROWING_CONSTRUCTORS = new Set(['ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array']);
const THROWING_METHODS = new Set(['reduce', 'reduceRight', 'repeat', 'toFixed', 'toPrecision', 'toExponential', 'toString', 'fromCodePoint', 'parse', 'stringify']);

/**
 * `tsx_make_error(kind, message)`: the runtime's way to build an Error,
 * TypeError or RangeError of the program's layout (rt/throw.zig).
 */
export function emitMakeError(ctx: FunctionContext): void {
  const { ir } = ctx;
  const pc = ctx.program;
  const fn = llvm.Function.Create(llvm.FunctionType.get(ir.ptr, [ir.i32, ir.ptr], false), llvm.Function.LinkageTypes.ExternalLinkage, 'tsx_make_error', ir.module);
  const saved = ctx.b.GetInsertBlock();
  const entry = llvm.BasicBlock.Create(ir.context, 'entry', fn);
  const b = ctx.b;
  b.SetInsertPoint(entry);
  const kinds = ['Error', 'TypeError', 'RangeError', 'SyntaxError'];
  const blocks = kinds.map((k) => llvm.BasicBlock.Create(ir.context, k, fn));
  const sw = b.CreateSwitch(fn.getArg(0), blocks[0], kinds.length);
  kinds.forEach((k, i) => {
    sw.addCase(llvm.ConstantInt.get(ir.i32, i), blocks[i]);
    b.SetInsertPoint(blocks[i]);
    const cls = pc.builtinErrors.get(k)!;
    const obj = allocObject(ctx, cls.type);
    const message = toValue(ctx, { kind: 'string', value: fn.getArg(1) });
    b.CreateCall(cls.init, [obj, message]);
    b.CreateRet(obj);
  });
  if (saved) b.SetInsertPoint(saved);
}

/**
 * Whether the program can throw at all: a `throw`, or compiled code that
 * throws JS's TypeErrors (`x!.f` on null, reduce of an empty array). When it
 * cannot, calls are not followed by exception checks.
 */
export function programMayThrow(file: ts.SourceFile): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isThrowStatement(n) || ts.isNonNullExpression(n) || ts.isTryStatement(n)) found = true;
    else if (ts.isPropertyAccessExpression(n) && THROWING_METHODS.has(n.name.text)) found = true;
    else if (ts.isIdentifier(n) && THROWING_CONSTRUCTORS.has(n.text)) found = true; // RangeErrors of typed arrays
    else ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}
