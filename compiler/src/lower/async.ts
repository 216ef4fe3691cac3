// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Promises, timers and async functions (spec/async.md). The runtime owns the
// promise machinery and the event loop (rt/promise.zig, rt/timers.zig); this
// module lowers the calls into it and turns async functions into LLVM
// switched-resume coroutines:
//
//   ramp:  p = tsx_promise_new(); frame = tsx_coro_alloc(coro.size);
//          hdl = coro.begin(frame + 48); ...body...
//   await: tsx_await(frame, v); coro.suspend -> resumed by the runtime one
//          tick after v settles, with the outcome in frame[2..4]
//   end:   tsx_async_return(p, v) / tsx_async_throw(p); coro.end; ret p
//
// Callbacks travel to the runtime as (closure, adapter): the adapter is a
// compiled function `(closure, tag, bits) -> {tag, bits}` that converts the
// Value to the closure's parameter kind, calls it and boxes its result.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { callClosure, functionTypeKinds, FLAG_CALLABLE } from './closures.js';
import { allocObject, findSlotOf, llvmKindType, slotAddress } from './classes.js';
import { coerce, constantValue, makeValue, toValue, valueAbiArgs } from './values.js';
import { ValueTag } from './runtime.js';
import { ShapeKind } from './typetable.js';
import { lowerExpr } from './expressions.js';
import { exceptionSlot, pendingFlag } from './exceptions.js';
import { arrayElementKind, arrayLength, newArray } from './arrays.js';
import { aggregateMaker, boxedCopy, settledMaker } from './settled.js';
import { internalError } from './errors.js';

/** Offset of LLVM's coroutine frame inside the frame object (tsx_coro_alloc). */
const FRAME_OFFSET = 48;

export interface AsyncState {
  promise: llvm.Value;
  frame: llvm.Value;
  handle: llvm.Value;
  end: llvm.BasicBlock;
}

/** The global functions this module implements (stdlib/lib/globals.d.ts and lib.es2015.promise). */
export const ASYNC_GLOBALS = new Set(['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'performance.now', 'Date.now']);
export const PROMISE_COMBINATORS = new Set(['Promise.all', 'Promise.allSettled', 'Promise.race', 'Promise.any']);
export const PROMISE_STATICS = new Set(['Promise.resolve', 'Promise.reject', ...PROMISE_COMBINATORS]);
export const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

export function isAsyncFunction(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
}

/** A type is the library's Promise (or PromiseLike). */
export function isPromiseType(type: ts.Type): boolean {
  const sym = type.getSymbol();
  return sym !== undefined && (sym.name === 'Promise' || sym.name === 'PromiseLike') && (sym.declarations ?? []).some((d) => d.getSourceFile().isDeclarationFile);
}

/** An async function's own result kind: the kind of T in Promise<T>. */
export function asyncResultKind(checker: ts.TypeChecker, decl: ts.SignatureDeclaration): Kind {
  const sig = checker.getSignatureFromDeclaration(decl)!;
  const ret = checker.getReturnTypeOfSignature(sig);
  const arg = checker.getTypeArguments(ret as ts.TypeReference)[0];
  if (!arg || arg.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never)) return 'void';
  return kindOfType(arg) ?? 'value';
}

/** Marks the program as needing the event loop (tsx_main runs it at its end). */
function useLoop(ctx: FunctionContext): void {
  ctx.program.usesEventLoop = true;
}

// ---- async functions -------------------------------------------------

function intrinsic(ctx: FunctionContext, name: string, ret: llvm.Type, params: llvm.Type[]): llvm.Function {
  return ctx.ir.runtime(name, ret, params);
}

/** The ramp: called at the start of an async function's body, before its parameters are bound. */
export function beginAsync(ctx: FunctionContext): void {
  const { b, ir } = ctx;
  useLoop(ctx);
  const token = llvm.Type.getTokenTy(ir.context);
  const promise = b.CreateCall(ir.runtime('tsx_promise_new', ir.ptr, []), []);
  const id = b.CreateCall(intrinsic(ctx, 'llvm.coro.id', token, [ir.i32, ir.ptr, ir.ptr, ir.ptr]), [
    llvm.ConstantInt.get(ir.i32, 16), llvm.ConstantPointerNull.get(ir.ptr as llvm.PointerType),
    llvm.ConstantPointerNull.get(ir.ptr as llvm.PointerType), llvm.ConstantPointerNull.get(ir.ptr as llvm.PointerType),
  ]);
  const size = b.CreateCall(intrinsic(ctx, 'llvm.coro.size.i64', ir.i64, []), []);
  const frame = b.CreateCall(ir.runtime('tsx_coro_alloc', ir.ptr, [ir.i64]), [size]);
  const mem = b.CreateGEP(ir.i8, frame, [llvm.ConstantInt.get(ir.i64, FRAME_OFFSET)]);
  const handle = b.CreateCall(intrinsic(ctx, 'llvm.coro.begin', ir.ptr, [token, ir.ptr]), [id, mem]);
  const end = ctx.newBlock('coro.end');
  const here = b.GetInsertBlock()!;
  b.SetInsertPoint(end);
  b.CreateCall(intrinsic(ctx, 'llvm.coro.end', ir.i1, [ir.ptr, ir.i1]), [handle, llvm.ConstantInt.getFalse(ir.context)]);
  b.CreateRet(promise);
  b.SetInsertPoint(here);
  ctx.async = { promise, frame, handle, end };
}

/** `return v` (or the end of the body) in an async function: resolve its promise. */
export function asyncReturn(ctx: FunctionContext, v: TypedValue | undefined): void {
  const { b, ir } = ctx;
  const st = ctx.async!;
  const value = v ? toValue(ctx, v) : ctx.result !== 'void' && ctx.retSlot ? toValue(ctx, { kind: ctx.result, value: b.CreateLoad(llvmKindType(ctx, ctx.result), ctx.retSlot) }) : constantValue(ctx, ValueTag.Undefined);
  b.CreateCall(ir.runtime('tsx_async_return', ir.void, [ir.ptr, ir.i64, ir.i64]), [st.promise, ...valueAbiArgs(ctx, value)]);
  b.CreateBr(st.end);
}

/** An exception leaving an async function rejects its promise. */
export function asyncThrow(ctx: FunctionContext): void {
  const { b, ir } = ctx;
  const st = ctx.async!;
  b.CreateCall(ir.runtime('tsx_async_throw', ir.void, [ir.ptr]), [st.promise]);
  b.CreateBr(st.end);
}

/** `await e`: suspend until e settles; a rejection is thrown here. */
export function lowerAwait(ctx: FunctionContext, node: ts.AwaitExpression, routeThrow: () => void): TypedValue {
  const { b, ir } = ctx;
  const st = ctx.async;
  if (!st) throw internalError(node, "'await' outside an async function");
  const v = toValue(ctx, lowerExpr(ctx, node.expression));
  b.CreateCall(ir.runtime('tsx_await', ir.void, [ir.ptr, ir.i64, ir.i64]), [st.handle, ...valueAbiArgs(ctx, v)]);
  const token = llvm.Type.getTokenTy(ir.context);
  const s = b.CreateCall(intrinsic(ctx, 'llvm.coro.suspend', ir.i8, [token, ir.i1]), [llvm.Constant.getNullValue(token), llvm.ConstantInt.getFalse(ir.context)]);
  const resume = ctx.newBlock('await.resume');
  const cleanup = ctx.newBlock('await.cleanup');
  const sw = b.CreateSwitch(s, st.end, 2);
  sw.addCase(llvm.ConstantInt.get(ir.i8, 0), resume);
  sw.addCase(llvm.ConstantInt.get(ir.i8, 1), cleanup);
  b.SetInsertPoint(cleanup);
  b.CreateBr(st.end);
  b.SetInsertPoint(resume);
  const word = (i: number): llvm.Value => b.CreateLoad(ir.i64, b.CreateBitCast(b.CreateGEP(ir.i8, st.frame, [llvm.ConstantInt.get(ir.i64, i * 8)]), llvm.PointerType.get(ir.i64, 0)));
  const state = word(2);
  const outcome = makeValue(ctx, ValueTag.Undefined, word(4));
  const tagged = b.CreateInsertValue(outcome, b.CreateTrunc(word(3), ir.i32), [0]);
  const rejected = ctx.newBlock('await.rejected');
  const fulfilled = ctx.newBlock('await.fulfilled');
  b.CreateCondBr(b.CreateICmpEQ(state, llvm.ConstantInt.get(ir.i64, 2)), rejected, fulfilled);
  b.SetInsertPoint(rejected);
  b.CreateStore(tagged, exceptionSlot(ctx));
  b.CreateStore(llvm.ConstantInt.getTrue(ir.context), pendingFlag(ctx));
  routeThrow();
  b.SetInsertPoint(fulfilled);
  const kind = kindOfType(ctx.checker.getTypeAtLocation(node)) ?? 'value';
  return coerce(ctx, { kind: 'value', value: tagged }, kind === 'void' ? 'value' : kind);
}

/**
 * `tsx_coro_resume(frame)`, which the runtime calls to resume a coroutine;
 * emitted once the whole program is lowered (an empty one without coroutines).
 */
export function emitCoroResume(pc: ProgramContext): void {
  const { ir } = pc;
  if (!pc.usesEventLoop) return;
  const fn = llvm.Function.Create(llvm.FunctionType.get(ir.void, [ir.ptr], false), llvm.Function.LinkageTypes.ExternalLinkage, 'tsx_coro_resume', ir.module);
  const b = new llvm.IRBuilder(llvm.BasicBlock.Create(ir.context, 'entry', fn));
  if (ir.module.getFunction('llvm.coro.begin')) b.CreateCall(ir.runtime('llvm.coro.resume', ir.void, [ir.ptr]), [fn.getArg(0)]);
  b.CreateRetVoid();
}

// ---- callbacks ---------------------------------------------------------

/**
 * The adapter for closures of these kinds: `(closure, tag, bits) -> {tag, bits}`,
 * the first parameter (if any) receiving the Value, the others undefined.
 */
function adapterFor(ctx: FunctionContext, params: Kind[], result: Kind): llvm.Function {
  const { ir } = ctx;
  const pc = ctx.program;
  const key = `${params.join(',')}->${result}`;
  const known = pc.adapters.get(key);
  if (known) return known;
  const pair = llvm.StructType.get(ir.context, [ir.i64, ir.i64]);
  const fn = llvm.Function.Create(llvm.FunctionType.get(pair, [ir.ptr, ir.i64, ir.i64], false), llvm.Function.LinkageTypes.InternalLinkage, `adapter.${pc.adapters.size}`, ir.module);
  pc.adapters.set(key, fn);
  const saved = ctx.b.GetInsertBlock();
  const actx = new FunctionContext(pc, fn, 'value');
  const b = actx.b;
  let arg = makeValue(actx, ValueTag.Undefined, fn.getArg(2));
  arg = b.CreateInsertValue(arg, b.CreateTrunc(fn.getArg(1), ir.i32), [0]);
  const args = params.map((k, i) => coerce(actx, { kind: 'value', value: i === 0 ? arg : constantValue(actx, ValueTag.Undefined) }, k).value);
  const r = callClosure(actx, fn.getArg(0), params, result, args);
  const v = toValue(actx, r);
  let out: llvm.Value = llvm.UndefValue.get(pair);
  const [tag, bits] = valueAbiArgs(actx, v);
  out = b.CreateInsertValue(out, tag, [0]);
  out = b.CreateInsertValue(out, bits, [1]);
  b.CreateRet(out);
  actx.finish();
  if (saved) ctx.b.SetInsertPoint(saved);
  return fn;
}

/** A callback argument as (closure, adapter) pointers; null/undefined give two nulls. */
function callback(ctx: FunctionContext, expr: ts.Expression | undefined): [llvm.Value, llvm.Value] {
  const { b, ir } = ctx;
  const none = llvm.ConstantPointerNull.get(ir.ptr as llvm.PointerType);
  if (!expr || expr.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expr) && expr.text === 'undefined')) return [none, none];
  const type = ctx.checker.getTypeAtLocation(expr);
  if (ctx.checker.getNonNullableType(type).getCallSignatures().length === 0) {
    // Statically null or undefined: no handler (its evaluation has no other effect to keep).
    lowerExpr(ctx, expr);
    return [none, none];
  }
  const { params, result } = functionTypeKinds(ctx, expr);
  const closure = coerce(ctx, lowerExpr(ctx, expr), 'ref').value;
  return [closure, b.CreateBitCast(adapterFor(ctx, params, result), ir.ptr)];
}

// ---- calls -------------------------------------------------------------

function ptrResult(v: llvm.Value): TypedValue {
  return { kind: 'ref', value: v };
}

/** Calls of setTimeout & co., Promise statics and promise methods; undefined for other calls. */
export function lowerAsyncCall(ctx: FunctionContext, node: ts.CallExpression, lib: string | undefined): TypedValue | undefined {
  const { b, ir } = ctx;
  const args = node.arguments;
  const voidResult: TypedValue = { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
  switch (lib) {
    case 'setTimeout':
    case 'setInterval': {
      useLoop(ctx);
      const [closure, adapter] = callback(ctx, args[0]);
      const ms = args[1] ? coerce(ctx, lowerExpr(ctx, args[1]), 'number').value : ir.f64Const(0);
      return ptrResult(b.CreateCall(ir.runtime('tsx_set_timer', ir.ptr, [ir.ptr, ir.ptr, ir.f64, ir.i32]), [closure, adapter, ms, llvm.ConstantInt.get(ir.i32, lib === 'setInterval' ? 1 : 0)]));
    }
    case 'clearTimeout':
    case 'clearInterval': {
      const t = args[0] ? lowerExpr(ctx, args[0]) : undefined;
      if (t) {
        // A Timeout, or undefined/null (ignored, as in Node).
        const p = t.kind === 'ref' ? t.value : b.CreateIntToPtr(b.CreateExtractValue(toValue(ctx, t), [2]), ir.ptr);
        b.CreateCall(ir.runtime('tsx_clear_timer', ir.void, [ir.ptr]), [p]);
      }
      return voidResult;
    }
    case 'queueMicrotask': {
      useLoop(ctx);
      const [closure, adapter] = callback(ctx, args[0]);
      b.CreateCall(ir.runtime('tsx_queue_microtask', ir.void, [ir.ptr, ir.ptr]), [closure, adapter]);
      return voidResult;
    }
    case 'performance.now':
      return { kind: 'number', value: b.CreateCall(ir.runtime('tsx_performance_now', ir.f64, []), []) };
    case 'Date.now':
      // Whole milliseconds, as in JS.
      return { kind: 'number', value: b.CreateCall(ir.runtime('llvm.floor.f64', ir.f64, [ir.f64]), [b.CreateCall(ir.runtime('tsx_platform_wall_ms', ir.f64, []), [])]) };
    case 'Promise.resolve':
    case 'Promise.reject': {
      useLoop(ctx);
      const v = args[0] ? toValue(ctx, lowerExpr(ctx, args[0])) : constantValue(ctx, ValueTag.Undefined);
      const name = lib === 'Promise.resolve' ? 'tsx_promise_resolved' : 'tsx_promise_rejected';
      return ptrResult(b.CreateCall(ir.runtime(name, ir.ptr, [ir.i64, ir.i64]), valueAbiArgs(ctx, v)));
    }
    case 'Promise.all':
    case 'Promise.allSettled':
    case 'Promise.race':
    case 'Promise.any':
      useLoop(ctx);
      return lowerCombinator(ctx, node, COMBINATOR_MODES[lib]);
  }
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || !PROMISE_METHODS.has(callee.name.text)) return undefined;
  if (!isPromiseType(ctx.checker.getTypeAtLocation(callee.expression))) return undefined;
  useLoop(ctx);
  const p = coerce(ctx, lowerExpr(ctx, callee.expression), 'ref').value;
  switch (callee.name.text) {
    case 'then': {
      const [f, fa] = callback(ctx, args[0]);
      const [r, ra] = callback(ctx, args[1]);
      return ptrResult(b.CreateCall(ir.runtime('tsx_promise_then', ir.ptr, [ir.ptr, ir.ptr, ir.ptr, ir.ptr, ir.ptr]), [p, f, fa, r, ra]));
    }
    case 'catch': {
      const none = llvm.ConstantPointerNull.get(ir.ptr as llvm.PointerType);
      const [r, ra] = callback(ctx, args[0]);
      return ptrResult(b.CreateCall(ir.runtime('tsx_promise_then', ir.ptr, [ir.ptr, ir.ptr, ir.ptr, ir.ptr, ir.ptr]), [p, none, none, r, ra]));
    }
    default: {
      const [f, fa] = callback(ctx, args[0]);
      if (!args[0]) return ptrResult(b.CreateCall(ir.runtime('tsx_promise_then', ir.ptr, [ir.ptr, ir.ptr, ir.ptr, ir.ptr, ir.ptr]), [p, f, fa, f, fa]));
      return ptrResult(b.CreateCall(ir.runtime('tsx_promise_finally', ir.ptr, [ir.ptr, ir.ptr, ir.ptr]), [p, f, fa]));
    }
  }
}

/** The runtime's combinator modes (rt/promise_combinators.zig). */
const COMBINATOR_MODES: Record<string, number> = { 'Promise.all': 0, 'Promise.allSettled': 1, 'Promise.race': 2, 'Promise.any': 3 };

/**
 * Promise.all / allSettled / race / any over an array: its elements are
 * boxed into a Value buffer; the result array of all and allSettled (the
 * program's layout for the awaited element type), and any's errors array
 * (Values), are made here with the input's length and filled by the
 * runtime, which makes allSettled's result objects and any's AggregateError
 * through the makers of lower/settled.ts.
 */
function lowerCombinator(ctx: FunctionContext, node: ts.CallExpression, mode: number): TypedValue {
  const { b, ir } = ctx;
  const input = node.arguments[0];
  const inputType = ctx.checker.getTypeAtLocation(input);
  const elem = arrayElementKind(ctx.checker, inputType);
  if (!elem) throw internalError(input, 'Promise combinator over something other than an array');
  const array = coerce(ctx, lowerExpr(ctx, input), 'ref').value;
  const buffer = boxedCopy(ctx, array, elem);
  const n64 = b.CreateFPToSI(arrayLength(ctx, buffer, 'value'), ir.i64);
  const none = llvm.ConstantPointerNull.get(ir.ptr as llvm.PointerType);
  let result: llvm.Value = none;
  let resultElem: Kind = 'value';
  let maker: llvm.Value = none;
  let errors: llvm.Value = none;
  if (mode === 0 || mode === 1) {
    const promised = ctx.checker.getTypeArguments(ctx.checker.getTypeAtLocation(node) as ts.TypeReference)[0];
    // void[] (Promise.all of Promise<void>s) holds undefineds: Values.
    const k = mode === 1 ? 'ref' : arrayElementKind(ctx.checker, promised);
    resultElem = k && k !== 'void' ? k : 'value';
    result = newArray(ctx, resultElem, n64, n64);
    if (mode === 1) maker = b.CreateBitCast(settledMaker(ctx, node), ir.ptr);
  } else if (mode === 3) {
    errors = newArray(ctx, 'value', n64, n64);
    maker = b.CreateBitCast(aggregateMaker(ctx, node), ir.ptr);
  }
  const items = b.CreateLoad(ir.ptr, b.CreateBitCast(b.CreateGEP(ir.i8, buffer, [llvm.ConstantInt.get(ir.i64, 24)]), llvm.PointerType.get(ir.ptr, 0)));
  const values = b.CreateGEP(ir.i8, items, [llvm.ConstantInt.get(ir.i64, 16)]);
  const kindCode = { number: 1, boolean: 2, string: 3, ref: 4, value: 5, void: 5 }[resultElem];
  const fn = ir.runtime('tsx_promise_combine', ir.ptr, [ir.i32, ir.ptr, ir.i64, ir.ptr, ir.i32, ir.ptr, ir.ptr]);
  return ptrResult(b.CreateCall(fn, [llvm.ConstantInt.get(ir.i32, mode), values, n64, result, llvm.ConstantInt.get(ir.i32, kindCode), maker, errors]));
}

// ---- new Promise(executor) -----------------------------------------------

/** `new Promise(executor)`: the executor gets resolve and reject closures over the promise. */
export function lowerNewPromise(ctx: FunctionContext, node: ts.NewExpression): TypedValue {
  const { b, ir } = ctx;
  useLoop(ctx);
  const promise = b.CreateCall(ir.runtime('tsx_promise_new', ir.ptr, []), []);
  const executor = node.arguments![0];
  const { params, result } = functionTypeKinds(ctx, executor);
  const closure = coerce(ctx, lowerExpr(ctx, executor), 'ref').value;
  const fns = [resolvingFunction(ctx, promise, 0), resolvingFunction(ctx, promise, 1)];
  callClosure(ctx, closure, params, result, fns.slice(0, params.length).map((f, i) => coerce(ctx, { kind: 'ref', value: f }, params[i]).value));
  b.CreateCall(ir.runtime('tsx_promise_executor_threw', ir.void, [ir.ptr]), [promise]);
  return ptrResult(promise);
}

/** A closure object {fn, promise} whose fn resolves (0) or rejects (1) the promise with its Value argument. */
function resolvingFunction(ctx: FunctionContext, promise: llvm.Value, rejecting: number): llvm.Value {
  const { b, ir } = ctx;
  const pc = ctx.program;
  const name = rejecting ? 'reject' : 'resolve';
  let site = pc.resolvingFunctions.get(name);
  if (!site) {
    const type = pc.types.add('', [{ name: 'fn', kind: 'ref', raw: true }, { name: 'p', kind: 'ref' }], FLAG_CALLABLE, undefined, ShapeKind.Closure);
    const fn = llvm.Function.Create(llvm.FunctionType.get(ir.void, [ir.ptr, ir.valueStruct], false), llvm.Function.LinkageTypes.InternalLinkage, `promise.${name}`, ir.module);
    const fb = new llvm.IRBuilder(llvm.BasicBlock.Create(ir.context, 'entry', fn));
    const slotPtr = fb.CreateBitCast(fb.CreateGEP(ir.i8, fn.getArg(0), [llvm.ConstantInt.get(ir.i64, findSlotOf(type, 'p').offset)]), llvm.PointerType.get(ir.ptr, 0));
    const p = fb.CreateLoad(ir.ptr, slotPtr);
    const v = fn.getArg(1);
    fb.CreateCall(ir.runtime('tsx_promise_resolve_fn', ir.void, [ir.ptr, ir.i32, ir.i64, ir.i64]), [
      p, llvm.ConstantInt.get(ir.i32, rejecting), fb.CreateZExt(fb.CreateExtractValue(v, [0]), ir.i64), fb.CreateExtractValue(v, [2]),
    ]);
    fb.CreateRetVoid();
    site = { type, fn };
    pc.resolvingFunctions.set(name, site);
  }
  const object = allocObject(ctx, site.type);
  b.CreateStore(b.CreateBitCast(site.fn, ir.ptr), slotAddress(ctx, object, findSlotOf(site.type, 'fn')));
  b.CreateStore(promise, slotAddress(ctx, object, findSlotOf(site.type, 'p')));
  return object;
}

/** At the end of tsx_main: run the event loop if the program uses it. */
export function runEventLoop(ctx: FunctionContext): void {
  if (!ctx.program.usesEventLoop || ctx.terminated()) return;
  ctx.b.CreateCall(ctx.ir.runtime('tsx_run_event_loop', ctx.ir.void, []), []);
}

/** Whether a program may queue jobs or timers: decided before tsx_main is lowered. */
export function usesEventLoop(file: ts.SourceFile): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isAwaitExpression(n) || isAsyncFunction(n)) found = true;
    else if (ts.isIdentifier(n) && (n.text === 'Promise' || ASYNC_GLOBALS.has(n.text))) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}
