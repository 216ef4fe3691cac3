// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Array.prototype methods, lowered to loops in IR that call the callback
// closures directly (no iterator objects, no boxing of numbers). Sorting is
// the runtime's stable merge sort (rt/array_sort.zig) driven by a comparator
// thunk generated here for the element kind.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { arrayGet, arrayLength, arrayPush, arraySet, elementAddress, elementSize, newArray, arrayParts, itemsObject, setLength, storedType, arrayElementKind } from './arrays.js';
import { coerce, toValue, valueOrUndefined } from './values.js';
import { ValueTag } from './runtime.js';
import { callClosure, functionTypeKinds } from './closures.js';
import { checkPending, lowerThrow } from './exceptions.js';
import { toBoolean, toStringOfType, toStringValue } from './conversions.js';
import { refIsNotNull, refMayBeNull } from './nullableref.js';
import { applyBinary, kindOf, lowerExpr } from './expressions.js';
import { internalError } from './errors.js';
import { allocObject, llvmKindType } from './classes.js';
import { countUp } from './loops.js';
import { Elements, invokeCallback, lowerReduceCall, lowerSearchLoop } from './arrayloops.js';
import { isTraced, shadeOld } from './barrier.js';
import { EXTRA_ARRAY_METHODS, lowerExtraArrayMethod, spreadArguments, unshiftAll } from './arrayextra.js';

const SK = ts.SyntaxKind;

export const ARRAY_METHODS = new Set([
  'push', 'pop', 'forEach', 'map', 'filter', 'reduce', 'some', 'every', 'find', 'findIndex', 'indexOf', 'includes',
  'join', 'slice', 'concat', 'reverse', 'sort', 'fill', 'shift', 'unshift', 'lastIndexOf', 'toString',
]);

const callbackKinds = functionTypeKinds;

const invoke = invokeCallback;

/**
 * A counted loop over the array: i from 0 while i < min(initial length,
 * current length) — callbacks may shrink the array, and elements appended
 * during the loop are not visited, as in JS. `body` may branch to `exit`.
 */
function loop(ctx: FunctionContext, object: llvm.Value, elem: Kind, body: (i: llvm.Value, item: TypedValue, exit: llvm.BasicBlock) => void, reverse = false, from?: llvm.Value): llvm.BasicBlock {
  const { b, ir } = ctx;
  const start = arrayLength(ctx, object, elem);
  const counter = ctx.alloca(ir.f64, 'i');
  b.CreateStore(from ?? (reverse ? b.CreateFSub(start, ir.f64Const(1)) : ir.f64Const(0)), counter);
  const test = ctx.newBlock('loop.test');
  const run = ctx.newBlock('loop.body');
  const exit = ctx.newBlock('loop.exit');
  b.CreateBr(test);
  b.SetInsertPoint(test);
  const i = b.CreateLoad(ir.f64, counter);
  const inRange = reverse ? b.CreateFCmpOGE(i, ir.f64Const(0))
    : b.CreateAnd(b.CreateFCmpOLT(i, start), b.CreateFCmpOLT(i, arrayLength(ctx, object, elem)));
  b.CreateCondBr(inRange, run, exit);
  b.SetInsertPoint(run);
  body(i, arrayGet(ctx, object, elem, i), exit);
  if (!ctx.terminated()) {
    b.CreateStore(b.CreateFAdd(b.CreateLoad(ir.f64, counter), ir.f64Const(reverse ? -1 : 1)), counter);
    b.CreateBr(test);
  }
  b.SetInsertPoint(exit);
  return exit;
}

export function lowerArrayMethodCall(ctx: FunctionContext, node: ts.CallExpression, name: string, object: llvm.Value, elem: Kind): TypedValue {
  const { b, ir } = ctx;
  const args = node.arguments;
  const resultKind = kindOf(ctx, node);
  const arrayValue: TypedValue = { kind: 'ref', value: object };
  const num = (v: llvm.Value): TypedValue => ({ kind: 'number', value: v });
  if (EXTRA_ARRAY_METHODS.has(name)) return lowerExtraArrayMethod(ctx, node, name, object, elem);
  switch (name) {
    case 'forEach': {
      const kinds = callbackKinds(ctx, args[0]);
      const cb = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
      loop(ctx, object, elem, (i, item) => void invoke(ctx, cb, kinds, [item, num(i), arrayValue]));
      return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
    }
    case 'map': {
      const kinds = callbackKinds(ctx, args[0]);
      const cb = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
      const outElem = arrayElementOf(ctx, node);
      const len = b.CreateFPToSI(arrayLength(ctx, object, elem), ir.i64);
      const out = newArray(ctx, outElem, llvm.ConstantInt.get(ir.i64, 0), b.CreateSelect(b.CreateICmpSGT(len, llvm.ConstantInt.get(ir.i64, 4)), len, llvm.ConstantInt.get(ir.i64, 4)));
      loop(ctx, object, elem, (i, item) => {
        const r = invoke(ctx, cb, kinds, [item, num(i), arrayValue]);
        arrayPush(ctx, out, outElem, [coerce(ctx, r, outElem).value]);
      });
      return { kind: 'ref', value: out };
    }
    case 'filter': {
      const kinds = callbackKinds(ctx, args[0]);
      const cb = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
      // A type-predicate callback narrows the result ((string | E)[] to E[]): it may store its elements unboxed.
      const outElem = arrayElementKind(ctx.checker, ctx.checker.getTypeAtLocation(node)) ?? elem;
      const out = newArray(ctx, outElem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
      loop(ctx, object, elem, (i, item) => {
        const keep = toBoolean(ctx, invoke(ctx, cb, kinds, [item, num(i), arrayValue]));
        const yes = ctx.newBlock('filter.keep');
        const next = ctx.newBlock('filter.next');
        b.CreateCondBr(keep, yes, next);
        b.SetInsertPoint(yes);
        arrayPush(ctx, out, outElem, [coerce(ctx, item, outElem).value]);
        b.CreateBr(next);
        b.SetInsertPoint(next);
      });
      return { kind: 'ref', value: out };
    }
    case 'some':
    case 'every':
    case 'find':
    case 'findIndex': {
      const kinds = callbackKinds(ctx, args[0]);
      const cb = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
      return lowerSearchLoop(ctx, name, arrayElements(ctx, object, elem), cb, kinds, resultKind);
    }
    case 'reduce':
      return lowerReduceCall(ctx, node, arrayElements(ctx, object, elem), 'up');
    case 'indexOf':
    case 'lastIndexOf':
    case 'includes': {
      const target = coerce(ctx, lowerExpr(ctx, args[0]), elem);
      // fromIndex: relative, clamped; for lastIndexOf the search runs down from it.
      let from: llvm.Value | undefined;
      if (args.length > 1) {
        const len = arrayLength(ctx, object, elem);
        if (name === 'lastIndexOf') {
          const raw = coerce(ctx, lowerExpr(ctx, args[1]), 'number').value;
          const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
          const k = b.CreateSelect(b.CreateFCmpUNE(raw, raw), ir.f64Const(0), b.CreateCall(truncFn, [raw]));
          const rel = b.CreateSelect(b.CreateFCmpOLT(k, ir.f64Const(0)), b.CreateFAdd(len, k), k);
          const last = b.CreateFSub(len, ir.f64Const(1));
          from = b.CreateSelect(b.CreateFCmpOGT(rel, last), last, rel);
        } else {
          from = relativeIndex(ctx, args[1], len, ir.f64Const(0));
        }
      }
      const at = ctx.alloca(ir.f64, 'at');
      b.CreateStore(ir.f64Const(-1), at);
      const hit = ctx.newBlock('indexof.hit');
      const after = ctx.newBlock('indexof.after');
      loop(ctx, object, elem, (i, item) => {
        const next = ctx.newBlock('indexof.next');
        b.CreateStore(i, at);
        b.CreateCondBr(sameValue(ctx, item, target, name === 'includes'), hit, next);
        b.SetInsertPoint(next);
      }, name === 'lastIndexOf', from);
      b.CreateStore(ir.f64Const(-1), at);
      b.CreateBr(after);
      b.SetInsertPoint(hit);
      b.CreateBr(after);
      b.SetInsertPoint(after);
      const index = b.CreateLoad(ir.f64, at);
      if (name === 'includes') return { kind: 'boolean', value: b.CreateFCmpOGE(index, ir.f64Const(0)) };
      return num(index);
    }
    case 'join': {
      const sep = args.length ? coerce(ctx, lowerExpr(ctx, args[0]), 'string').value : ir.stringLiteral(',');
      return { kind: 'string', value: join(ctx, object, elem, sep, receiverElementType(ctx, node), node) };
    }
    case 'toString':
      return { kind: 'string', value: join(ctx, object, elem, ir.stringLiteral(','), receiverElementType(ctx, node), node) };
    case 'slice': {
      const len = arrayLength(ctx, object, elem);
      const start = relativeIndex(ctx, args[0], len, ir.f64Const(0));
      const end = relativeIndex(ctx, args[1], len, len);
      return { kind: 'ref', value: copyRange(ctx, object, elem, start, end) };
    }
    case 'concat': {
      const len = arrayLength(ctx, object, elem);
      const out = copyRange(ctx, object, elem, ir.f64Const(0), len);
      for (const a of args) {
        const other = lowerExpr(ctx, a);
        const otherElem = kindOfType(ctx.checker.getTypeAtLocation(a)) === 'ref' && isArrayArg(ctx, a) ? elem : undefined;
        if (otherElem) loop(ctx, coerce(ctx, other, 'ref').value, elem, (_i, item) => void arrayPush(ctx, out, elem, [item.value]));
        else arrayPush(ctx, out, elem, [coerce(ctx, other, elem).value]);
      }
      return { kind: 'ref', value: out };
    }
    case 'reverse': {
      const len = arrayLength(ctx, object, elem);
      const half = b.CreateFDiv(len, ir.f64Const(2));
      const i = ctx.alloca(ir.f64, 'i');
      b.CreateStore(ir.f64Const(0), i);
      const test = ctx.newBlock('rev.test');
      const body = ctx.newBlock('rev.body');
      const done = ctx.newBlock('rev.done');
      b.CreateBr(test);
      b.SetInsertPoint(test);
      const iv = b.CreateLoad(ir.f64, i);
      b.CreateCondBr(b.CreateFCmpOLT(b.CreateFAdd(iv, ir.f64Const(1)), b.CreateFAdd(half, ir.f64Const(0.5))), body, done);
      b.SetInsertPoint(body);
      const j = b.CreateFSub(b.CreateFSub(len, ir.f64Const(1)), iv);
      const x = arrayGet(ctx, object, elem, iv);
      const y = arrayGet(ctx, object, elem, j);
      arraySet(ctx, object, elem, iv, y.value);
      arraySet(ctx, object, elem, j, x.value);
      b.CreateStore(b.CreateFAdd(iv, ir.f64Const(1)), i);
      b.CreateBr(test);
      b.SetInsertPoint(done);
      return arrayValue;
    }
    case 'fill': {
      const v = coerce(ctx, lowerExpr(ctx, args[0]), elem).value;
      const len = arrayLength(ctx, object, elem);
      const start = relativeIndex(ctx, args[1], len, ir.f64Const(0));
      const end = relativeIndex(ctx, args[2], len, len);
      countUp(ctx, start, () => end, (i) => arraySet(ctx, object, elem, i, v));
      return arrayValue;
    }
    case 'shift':
      return coerce(ctx, shift(ctx, object, elem), resultKind);
    case 'unshift': {
      const spread = spreadArguments(ctx, args, elem);
      if (spread) return unshiftAll(ctx, object, elem, spread);
      const values = args.map((a) => coerce(ctx, lowerExpr(ctx, a), elem).value);
      return unshift(ctx, object, elem, values);
    }
    case 'sort':
      return sortArray(ctx, node, object, elem);
  }
  throw internalError(node, `Array.prototype.${name}`);
}

function receiverElementType(ctx: FunctionContext, node: ts.CallExpression): ts.Type | undefined {
  const callee = node.expression as ts.PropertyAccessExpression;
  const t = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression));
  return ctx.checker.isTupleType(t) ? undefined : ctx.checker.getTypeArguments(t as ts.TypeReference)[0];
}

/** `a.join(sep)` (and String(a), with ","): elements that are objects use their own ToString. */
function join(ctx: FunctionContext, object: llvm.Value, elem: Kind, sep: llvm.Value, elemType: ts.Type | undefined, at: ts.Node): llvm.Value {
  const { b, ir } = ctx;
  const acc = ctx.alloca(ir.ptr, 'joined');
  b.CreateStore(ir.stringLiteral(''), acc);
  const concat = ir.runtime('tsx_str_concat', ir.ptr, [ir.ptr, ir.ptr]);
  loop(ctx, object, elem, (i, item) => {
    let s: llvm.Value = b.CreateLoad(ir.ptr, acc);
    s = b.CreateSelect(b.CreateFCmpOGT(i, ir.f64Const(0)), b.CreateCall(concat, [s, sep]), s);
    const piece = item.kind === 'ref' && elemType ? joinRefPiece(ctx, item, elemType, at) : joinPiece(ctx, item);
    b.CreateStore(b.CreateCall(concat, [s, piece]), acc);
  });
  return b.CreateLoad(ir.ptr, acc);
}

/** A ref element's piece: a null one (0, nullableref.ts) joins as the empty string. */
function joinRefPiece(ctx: FunctionContext, item: TypedValue, elemType: ts.Type, at: ts.Node): llvm.Value {
  const { b, ir } = ctx;
  const s = toStringOfType(ctx, item, elemType, at);
  return refMayBeNull(elemType) ? b.CreateSelect(refIsNotNull(ctx, item.value), s, ir.stringLiteral('')) : s;
}

export function joinWithCommas(ctx: FunctionContext, object: llvm.Value, elem: Kind, elemType: ts.Type | undefined, at: ts.Node): llvm.Value {
  return join(ctx, object, elem, ctx.ir.stringLiteral(','), elemType, at);
}

function isArrayArg(ctx: FunctionContext, a: ts.Expression): boolean {
  const t = ctx.checker.getTypeAtLocation(a);
  return ctx.checker.isArrayLikeType(t) && (t.getSymbol()?.name === 'Array');
}

function arrayElementOf(ctx: FunctionContext, node: ts.Node): Kind {
  const t = ctx.checker.getTypeAtLocation(node) as ts.TypeReference;
  const [e] = ctx.checker.getTypeArguments(t);
  const k = e && kindOfType(e);
  if (!k) throw internalError(node, 'array of an unsupported element type');
  return k;
}

/** JS's relative index: negative counts from the end; clamped to [0, len]; NaN and absent → default. */
function relativeIndex(ctx: FunctionContext, arg: ts.Expression | undefined, len: llvm.Value, dflt: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  if (!arg) return dflt;
  const raw = coerce(ctx, lowerExpr(ctx, arg), 'number').value;
  const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
  const x = b.CreateSelect(b.CreateFCmpUNE(raw, raw), ir.f64Const(0), b.CreateCall(truncFn, [raw]));
  const fromEnd = b.CreateFAdd(len, x);
  const rel = b.CreateSelect(b.CreateFCmpOLT(x, ir.f64Const(0)), b.CreateSelect(b.CreateFCmpOLT(fromEnd, ir.f64Const(0)), ir.f64Const(0), fromEnd), x);
  return b.CreateSelect(b.CreateFCmpOGT(rel, len), len, rel);
}

function copyRange(ctx: FunctionContext, object: llvm.Value, elem: Kind, start: llvm.Value, end: llvm.Value): llvm.Value {
  const { ir } = ctx;
  const out = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
  countUp(ctx, start, () => end, (i) => void arrayPush(ctx, out, elem, [arrayGet(ctx, object, elem, i).value]));
  return out;
}

/** indexOf uses ===; includes uses SameValueZero (NaN finds NaN). */
function sameValue(ctx: FunctionContext, a: TypedValue, b2: TypedValue, zero: boolean): llvm.Value {
  const { b } = ctx;
  const eq = applyBinary(ctx, SK.EqualsEqualsEqualsToken, a, b2, ctx.fn as unknown as ts.Node).value;
  if (!zero || a.kind !== 'number') return eq;
  const bothNaN = b.CreateAnd(b.CreateFCmpUNE(a.value, a.value), b.CreateFCmpUNE(b2.value, b2.value));
  return b.CreateOr(eq, bothNaN);
}

/** join's piece: null and undefined become "", everything else its ToString. */
function joinPiece(ctx: FunctionContext, item: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  if (item.kind === 'ref') item = { kind: 'value', value: toValue(ctx, item) }; // a null ref joins as ''
  if (item.kind !== 'value') return toStringValue(ctx, item);
  const tag = b.CreateExtractValue(item.value, [0]);
  const nullish = b.CreateICmpULE(tag, llvm.ConstantInt.get(ir.i32, ValueTag.Null));
  return b.CreateSelect(nullish, ir.stringLiteral(''), toStringValue(ctx, item));
}


/** An array as the shared callback loops read it. */
export function arrayElements(ctx: FunctionContext, object: llvm.Value, elem: Kind): Elements {
  return { length: () => arrayLength(ctx, object, elem), get: (i) => arrayGet(ctx, object, elem, i), kind: elem, self: { kind: 'ref', value: object } };
}

/** Throws a new TypeError(message) from compiled code. */
export function throwTypeError(ctx: FunctionContext, message: string): void {
  const cls = ctx.program.builtinErrors.get('TypeError')!;
  const { b, ir } = ctx;
  const obj = allocObject(ctx, cls.type);
  b.CreateCall(cls.init, [obj, toValue(ctx, { kind: 'string', value: ir.stringLiteral(message) })]);
  lowerThrow(ctx, toValue(ctx, { kind: 'ref', value: obj }));
}

function shift(ctx: FunctionContext, object: llvm.Value, elem: Kind): TypedValue {
  const { b, ir } = ctx;
  const len = arrayLength(ctx, object, elem);
  return valueOrUndefined(ctx, b.CreateFCmpOGT(len, ir.f64Const(0)), () => {
    const first = toValue(ctx, arrayGet(ctx, object, elem, ir.f64Const(0)));
    const a = arrayParts(ctx, object, elem);
    // The first element leaves the heap for the caller: shade it. The
    // others only move down (sort and unshift keep every element in the
    // items throughout, so they need no barrier).
    if (isTraced(elem)) shadeOld(ctx, elem, elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, 0)), storedType(ctx, elem));
    const n = b.CreateFPToSI(len, ir.i64);
    const bytes = b.CreateMul(b.CreateSub(n, llvm.ConstantInt.get(ir.i64, 1)), llvm.ConstantInt.get(ir.i64, elementSize(elem)));
    const memmove = ir.runtime('memmove', ir.ptr, [ir.ptr, ir.ptr, ir.i64]);
    const dst = b.CreateBitCast(elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, 0)), ir.ptr);
    const src = b.CreateBitCast(elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, 1)), ir.ptr);
    b.CreateCall(memmove, [dst, src, bytes]);
    setLength(ctx, a, b.CreateFSub(len, ir.f64Const(1)));
    return first;
  });
}

function unshift(ctx: FunctionContext, object: llvm.Value, elem: Kind, values: llvm.Value[]): TypedValue {
  const { b, ir } = ctx;
  const k = values.length;
  const len = arrayLength(ctx, object, elem);
  // Grow by pushing placeholders, then move the old elements up and write the new ones.
  const filler = values.length ? values[0] : undefined;
  if (!filler) return { kind: 'number', value: len };
  arrayPush(ctx, object, elem, values);
  const a = arrayParts(ctx, object, elem);
  const n = b.CreateFPToSI(len, ir.i64);
  const memmove = ir.runtime('memmove', ir.ptr, [ir.ptr, ir.ptr, ir.i64]);
  const dst = b.CreateBitCast(elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, k)), ir.ptr);
  const src = b.CreateBitCast(elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, 0)), ir.ptr);
  b.CreateCall(memmove, [dst, src, b.CreateMul(n, llvm.ConstantInt.get(ir.i64, elementSize(elem)))]);
  values.forEach((v, i) => arraySet(ctx, object, elem, ir.f64Const(i), v));
  return { kind: 'number', value: arrayLength(ctx, object, elem) };
}

/**
 * `sort(cmp?)`: the runtime's TimSort (V8's, step for step) over the array, comparing
 * through a thunk (env, a*, b*) → f64 made here: the comparator closure, or
 * JS's default order (ToString, then code units).
 */
export function sortArray(ctx: FunctionContext, node: ts.CallExpression, object: llvm.Value, elem: Kind, algorithm: 'array' | 'typed' = 'array'): TypedValue {
  const { b, ir } = ctx;
  const hasCmp = node.arguments.length > 0;
  const kinds = hasCmp ? callbackKinds(ctx, node.arguments[0]) : undefined;
  const cmp = hasCmp ? coerce(ctx, lowerExpr(ctx, node.arguments[0]), 'ref').value : llvm.Constant.getNullValue(ir.ptr);
  const thunk = sortThunk(ctx, elem, kinds);
  if (algorithm === 'typed') {
    // Typed arrays: V8's merge sort over the elements as numbers (rt/array_sort.zig).
    const typedSort = ir.runtime('tsx_typed_array_sort', ir.void, [ir.ptr, ir.ptr, ir.ptr]);
    b.CreateCall(typedSort, [b.CreateBitCast(object, ir.ptr), b.CreateBitCast(thunk, ir.ptr), cmp]);
  } else {
    const sortFn = ir.runtime('tsx_array_sort', ir.void, [ir.ptr, ir.i64, ir.ptr, ir.ptr, ir.i32]);
    b.CreateCall(sortFn, [b.CreateBitCast(object, ir.ptr), llvm.ConstantInt.get(ir.i64, elementSize(elem)), b.CreateBitCast(thunk, ir.ptr), cmp, llvm.ConstantInt.get(ir.i32, slotTagFor(elem))]);
  }
  checkPending(ctx);
  return { kind: 'ref', value: object };
}

function slotTagFor(elem: Kind): number {
  return elem === 'number' || elem === 'boolean' ? 5 : elem === 'value' ? 4 : 3;
}

function sortThunk(ctx: FunctionContext, elem: Kind, kinds: { params: Kind[]; result: Kind } | undefined): llvm.Function {
  const ir = ctx.ir;
  const fnType = llvm.FunctionType.get(ir.f64, [ir.ptr, ir.ptr, ir.ptr], false);
  const fn = llvm.Function.Create(fnType, llvm.Function.LinkageTypes.InternalLinkage, 'sort.compare', ir.module);
  const saved = ctx.b.GetInsertBlock()!;
  const entry = llvm.BasicBlock.Create(ir.context, 'entry', fn);
  const b = ctx.b;
  b.SetInsertPoint(entry);
  const stored = elem === 'boolean' ? ir.i64 : llvmKindType(ctx, elem);
  const load = (p: llvm.Value): TypedValue => {
    const raw = b.CreateLoad(stored, b.CreateBitCast(p, llvm.PointerType.get(stored, 0)));
    return { kind: elem, value: elem === 'boolean' ? b.CreateTrunc(raw, ir.i1) : raw };
  };
  const x = load(fn.getArg(1));
  const y = load(fn.getArg(2));
  let result: llvm.Value;
  if (kinds) {
    const args = kinds.params.map((k, i) => coerce(ctx, [x, y][i], k).value);
    const r = callClosure(ctx, fn.getArg(0), kinds.params, kinds.result, args);
    result = coerce(ctx, r, 'number').value;
  } else {
    // Default order by ToString (the runtime has already moved undefined Values last).
    const cmp = b.CreateCall(ir.runtime('tsx_str_compare', ir.i32, [ir.ptr, ir.ptr]), [toStringValue(ctx, x), toStringValue(ctx, y)]);
    result = b.CreateSIToFP(cmp, ir.f64);
  }
  b.CreateRet(result);
  b.SetInsertPoint(saved);
  return fn;
}

