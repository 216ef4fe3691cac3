// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The objects the promise combinators make (spec/async.md):
// - Promise.allSettled's results `{ status: 'fulfilled', value }` and
//   `{ status: 'rejected', reason }`: two plain-object layouts (they print as
//   object literals), registered before any code is lowered so that member
//   accesses through PromiseFulfilledResult<T> / PromiseRejectedResult find
//   them (closed world). `value` and `reason` are Values, coerced where read.
// - AggregateError: a built-in error (classes.ts) with an `errors` slot, an
//   array of Values; `new AggregateError(errors, message)` copies the
//   program's array into one, and Promise.any's rejection is made through
//   `aggregate.make` with the errors the runtime collected.
// The runtime (rt/promise_combinators.zig) calls the makers emitted here.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { ClassInfo, allocObject, findSlotOf, slotAddress } from './classes.js';
import { Kind } from './kinds.js';
import { ShapeKind } from './typetable.js';
import { coerce, constantValue, makeValue, toValue } from './values.js';
import { ValueTag } from './runtime.js';
import { lowerExpr } from './expressions.js';
import { arrayElementKind, arrayGet, arrayLength, newArray } from './arrays.js';
import { countUp } from './loops.js';
import { internalError } from './errors.js';
import { settledResultTypes } from '../checker/async.js';

const Linkage = llvm.Function.LinkageTypes;

interface SettledShapes {
  fulfilled: ClassInfo;
  rejected: ClassInfo;
  maker?: llvm.Function;
}

const settledShapes = new WeakMap<ProgramContext, SettledShapes>();
const aggregateMakers = new WeakMap<ProgramContext, llvm.Function>();

/** Registers the two result layouts when the program calls Promise.allSettled. */
export function registerSettledShapes(pc: ProgramContext, file: ts.SourceFile): void {
  if (!file.text.includes('allSettled')) return;
  const witnesses = settledResultTypes(pc.checker, file);
  if (!witnesses.fulfilled.length && !witnesses.rejected.length) return;
  const shape = (member: string, types: ts.Type[]): ClassInfo => {
    const fields: { name: string; kind: Kind }[] = [{ name: 'status', kind: 'string' }, { name: member, kind: 'value' }];
    const type = pc.types.add('Object', fields, 0, undefined, ShapeKind.ObjectLiteral);
    const init = llvm.Function.Create(llvm.FunctionType.get(pc.ir.void, [pc.ir.ptr], false), Linkage.InternalLinkage, 'settled.init', pc.ir.module);
    new llvm.IRBuilder(llvm.BasicBlock.Create(pc.ir.context, 'entry', init)).CreateRetVoid();
    const instanceType = types[0] ?? pc.checker.getUnknownType();
    const info: ClassInfo = {
      instanceType, symbol: instanceType.getSymbol()!, name: 'Object', subclasses: [], type, witnesses: types,
      methods: new Map(), init, initParams: [], statics: new Map(), staticMethods: new Map(),
      tagRange: [type.tag, type.tag], abstract: false,
    };
    // Library-made objects of a known layout, like JSON.parse's: member accesses find them there.
    pc.parsedShapes.set(instanceType, info);
    return info;
  };
  settledShapes.set(pc, { fulfilled: shape('value', witnesses.fulfilled), rejected: shape('reason', witnesses.rejected) });
}

/** `settled.make(rejected, tag, bits)`: a new allSettled result object holding the Value. */
export function settledMaker(ctx: FunctionContext, at: ts.Node): llvm.Function {
  const shapes = settledShapes.get(ctx.program);
  if (!shapes) throw internalError(at, 'Promise.allSettled without registered result layouts');
  if (shapes.maker) return shapes.maker;
  const { ir } = ctx;
  const fn = llvm.Function.Create(llvm.FunctionType.get(ir.ptr, [ir.i32, ir.i64, ir.i64], false), Linkage.InternalLinkage, 'settled.make', ir.module);
  shapes.maker = fn;
  inFunction(ctx, fn, (fctx) => {
    const { b } = fctx;
    const value = b.CreateInsertValue(makeValue(fctx, ValueTag.Undefined, fn.getArg(2)), b.CreateTrunc(fn.getArg(1), ir.i32), [0]);
    const fulfilled = fctx.newBlock('fulfilled');
    const rejected = fctx.newBlock('rejected');
    b.CreateCondBr(b.CreateICmpEQ(fn.getArg(0), llvm.ConstantInt.get(ir.i32, 0)), fulfilled, rejected);
    const fill = (block: llvm.BasicBlock, shape: ClassInfo, status: string, member: string): void => {
      b.SetInsertPoint(block);
      const object = allocObject(fctx, shape.type);
      b.CreateStore(ir.stringLiteral(status), slotAddress(fctx, object, findSlotOf(shape.type, 'status')));
      b.CreateStore(value, slotAddress(fctx, object, findSlotOf(shape.type, member)));
      b.CreateRet(object);
    };
    fill(fulfilled, shapes.fulfilled, 'fulfilled', 'value');
    fill(rejected, shapes.rejected, 'rejected', 'reason');
  });
  return fn;
}

/** Runs `body` as the code of `fn` (a compiler-made helper), then returns to where ctx was. */
function inFunction(ctx: FunctionContext, fn: llvm.Function, body: (fctx: FunctionContext) => void): void {
  const saved = ctx.b.GetInsertBlock();
  const fctx = new FunctionContext(ctx.program, fn, 'ref');
  body(fctx);
  fctx.finish();
  if (saved) ctx.b.SetInsertPoint(saved);
}

function aggregateClass(ctx: FunctionContext, at: ts.Node): ClassInfo {
  const cls = ctx.program.builtinErrors.get('AggregateError');
  if (!cls) throw internalError(at, 'AggregateError is not laid out');
  return cls;
}

/** A new AggregateError with this message (a Value) and errors (an array of Values). */
function newAggregateError(ctx: FunctionContext, cls: ClassInfo, message: llvm.Value, errors: llvm.Value): llvm.Value {
  const object = allocObject(ctx, cls.type);
  ctx.b.CreateCall(cls.init, [object, message]);
  ctx.b.CreateStore(errors, slotAddress(ctx, object, findSlotOf(cls.type, 'errors')));
  return object;
}

/** `aggregate.make(errors)`: Promise.any's AggregateError "All promises were rejected". */
export function aggregateMaker(ctx: FunctionContext, at: ts.Node): llvm.Function {
  const known = aggregateMakers.get(ctx.program);
  if (known) return known;
  const { ir } = ctx;
  const cls = aggregateClass(ctx, at);
  const fn = llvm.Function.Create(llvm.FunctionType.get(ir.ptr, [ir.ptr], false), Linkage.InternalLinkage, 'aggregate.make', ir.module);
  aggregateMakers.set(ctx.program, fn);
  inFunction(ctx, fn, (fctx) => {
    const message = toValue(fctx, { kind: 'string', value: ir.stringLiteral('All promises were rejected') });
    fctx.b.CreateRet(newAggregateError(fctx, cls, message, fn.getArg(0)));
  });
  return fn;
}

/** A new array of Values holding the elements of `array` (of element kind `elem`), boxed. */
export function boxedCopy(ctx: FunctionContext, array: llvm.Value, elem: Kind): llvm.Value {
  const { b, ir } = ctx;
  const n = arrayLength(ctx, array, elem);
  const n64 = b.CreateFPToSI(n, ir.i64);
  const copy = newArray(ctx, 'value', n64, n64);
  countUp(ctx, ir.f64Const(0), () => n, (i) => {
    setValueElement(ctx, copy, i, toValue(ctx, arrayGet(ctx, array, elem, i)));
  });
  return copy;
}

/** Stores a Value as element i (an f64 index within the length) of an array of Values. */
function setValueElement(ctx: FunctionContext, array: llvm.Value, i: llvm.Value, v: llvm.Value): void {
  const { b, ir } = ctx;
  const items = b.CreateLoad(ir.ptr, b.CreateBitCast(b.CreateGEP(ir.i8, array, [llvm.ConstantInt.get(ir.i64, 24)]), llvm.PointerType.get(ir.ptr, 0)));
  const offset = b.CreateAdd(llvm.ConstantInt.get(ir.i64, 16), b.CreateMul(b.CreateFPToSI(i, ir.i64), llvm.ConstantInt.get(ir.i64, 16)));
  b.CreateStore(v, b.CreateBitCast(b.CreateGEP(ir.i8, items, [offset]), llvm.PointerType.get(ir.valueStruct, 0)));
}

/** `new AggregateError(errors, message?)` (checker/async.ts aggregateErrorRule). */
export function lowerNewAggregateError(ctx: FunctionContext, node: ts.NewExpression): TypedValue {
  const args = node.arguments ?? [];
  const elem = arrayElementKind(ctx.checker, ctx.checker.getTypeAtLocation(args[0]));
  if (!elem) throw internalError(node, 'AggregateError from something other than an array');
  const source = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
  const message = args[1] ? toValue(ctx, lowerExpr(ctx, args[1])) : constantValue(ctx, ValueTag.Undefined);
  const errors = boxedCopy(ctx, source, elem);
  return { kind: 'ref', value: newAggregateError(ctx, aggregateClass(ctx, node), message, errors) };
}
