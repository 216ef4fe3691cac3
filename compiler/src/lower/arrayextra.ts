// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// More Array.prototype methods: splice (every form; returns the removed
// elements), flat (to a literal depth, decided per element type at compile
// time, with a run-time Array.isArray test for union elements), reduceRight,
// copyWithin and at. Index arguments follow JS's ToIntegerOrInfinity and
// relative-index rules.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Kind } from './kinds.js';
import { arrayElementKind, arrayGet, arrayLength, arrayParts, arrayPush, elementAddress, elementSize, isArrayType, newArray, setLength } from './arrays.js';
import { coerce, constantValue, toValue, valueBits, valueOrUndefined, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import { callClosure, functionTypeKinds } from './closures.js';
import { checkPending } from './exceptions.js';
import { lowerExpr } from './expressions.js';
import { internalError } from './errors.js';
import { countUp } from './loops.js';
import { collectRest } from './members.js';
import { arrayElements } from './arraymethods.js';
import { lowerReduceCall } from './arrayloops.js';
import { shadeSlots } from './barrier.js';

export const EXTRA_ARRAY_METHODS = new Set(['splice', 'flat', 'flatMap', 'reduceRight', 'copyWithin', 'at']);

/** ToIntegerOrInfinity: NaN → 0, else truncated. */
function toInteger(ctx: FunctionContext, x: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
  return b.CreateSelect(b.CreateFCmpUNE(x, x), ir.f64Const(0), b.CreateCall(truncFn, [x]));
}

/** A relative index (negative counts from the end) clamped to [0, len]. */
function relative(ctx: FunctionContext, x: llvm.Value, len: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const k = toInteger(ctx, x);
  const fromEnd = b.CreateFAdd(len, k);
  const neg = b.CreateSelect(b.CreateFCmpOLT(fromEnd, ir.f64Const(0)), ir.f64Const(0), fromEnd);
  const rel = b.CreateSelect(b.CreateFCmpOLT(k, ir.f64Const(0)), neg, k);
  return b.CreateSelect(b.CreateFCmpOGT(rel, len), len, rel);
}

function min(ctx: FunctionContext, x: llvm.Value, y: llvm.Value): llvm.Value {
  return ctx.b.CreateSelect(ctx.b.CreateFCmpOLT(x, y), x, y);
}

function max(ctx: FunctionContext, x: llvm.Value, y: llvm.Value): llvm.Value {
  return ctx.b.CreateSelect(ctx.b.CreateFCmpOGT(x, y), x, y);
}

function num(ctx: FunctionContext, arg: ts.Expression | undefined): llvm.Value | undefined {
  return arg && coerce(ctx, lowerExpr(ctx, arg), 'number').value;
}

export function lowerExtraArrayMethod(ctx: FunctionContext, node: ts.CallExpression, name: string, object: llvm.Value, elem: Kind): TypedValue {
  switch (name) {
    case 'splice': return splice(ctx, node, object, elem);
    case 'flat': return flat(ctx, node, object, elem);
    case 'flatMap': return flatMap(ctx, node, object, elem);
    case 'reduceRight': return reduceRight(ctx, node, object, elem);
    case 'copyWithin': return copyWithin(ctx, node, object, elem);
    case 'at': return at(ctx, node, object, elem);
  }
  throw internalError(node, `Array.prototype.${name}`);
}

/** `a.push(...xs)`, `a.unshift(...xs)`, `a.splice(i, n, ...xs)`: array methods whose rest parameter may take a spread. */
export function isArraySpreadCall(checker: ts.TypeChecker, node: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(node.expression) || !['push', 'unshift', 'splice'].includes(node.expression.name.text)) return false;
  const t = checker.getNonNullableType(checker.getTypeAtLocation(node.expression.expression));
  return isArrayType(checker, t) && arrayElementKind(checker, t) !== undefined;
}

/** The values of `args` (spreads expanded) as a temporary array, when some argument is a spread. */
export function spreadArguments(ctx: FunctionContext, args: readonly ts.Expression[], elem: Kind): llvm.Value | undefined {
  return args.some(ts.isSpreadElement) ? collectRest(ctx, args, elem) : undefined;
}

/** Appends every element of `from` to `to` (both arrays of `elem`). */
export function appendAll(ctx: FunctionContext, to: llvm.Value, from: llvm.Value, elem: Kind): void {
  countUp(ctx, ctx.ir.f64Const(0), () => arrayLength(ctx, from, elem), (i) => void arrayPush(ctx, to, elem, [arrayGet(ctx, from, elem, i).value]));
}

/** `a.unshift(...xs)`: xs first, then the old elements; the new length. */
export function unshiftAll(ctx: FunctionContext, object: llvm.Value, elem: Kind, values: llvm.Value): TypedValue {
  const { ir } = ctx;
  const old = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
  appendAll(ctx, old, object, elem);
  setLength(ctx, arrayParts(ctx, object, elem), ir.f64Const(0));
  appendAll(ctx, object, values, elem);
  appendAll(ctx, object, old, elem);
  return { kind: 'number', value: arrayLength(ctx, object, elem) };
}

/** `a.splice(start?, deleteCount?, ...items)`: the removed elements, as a new array. */
function splice(ctx: FunctionContext, node: ts.CallExpression, object: llvm.Value, elem: Kind): TypedValue {
  const { b, ir } = ctx;
  const args = node.arguments;
  const start = num(ctx, args[0]);
  const count = num(ctx, args[1]);
  const spread = spreadArguments(ctx, args.slice(2), elem);
  const items = spread ? [] : args.slice(2).map((a) => coerce(ctx, lowerExpr(ctx, a), elem).value);
  const len = arrayLength(ctx, object, elem);
  const from = start ? relative(ctx, start, len) : ir.f64Const(0);
  const room = b.CreateFSub(len, from);
  // No start: nothing is removed; a start alone removes the rest.
  const removing = !start ? ir.f64Const(0) : !count ? room : min(ctx, max(ctx, toInteger(ctx, count), ir.f64Const(0)), room);
  const zero = llvm.ConstantInt.get(ir.i64, 0);
  const removed = newArray(ctx, elem, zero, llvm.ConstantInt.get(ir.i64, 4));
  const end = b.CreateFAdd(from, removing);
  countUp(ctx, from, () => end, (i) => void arrayPush(ctx, removed, elem, [arrayGet(ctx, object, elem, i).value]));
  // Keep the tail aside, cut the array at `from`, then append the items and the tail.
  const tail = newArray(ctx, elem, zero, llvm.ConstantInt.get(ir.i64, 4));
  countUp(ctx, end, () => len, (i) => void arrayPush(ctx, tail, elem, [arrayGet(ctx, object, elem, i).value]));
  setLength(ctx, arrayParts(ctx, object, elem), from);
  if (items.length) arrayPush(ctx, object, elem, items);
  if (spread) appendAll(ctx, object, spread, elem);
  countUp(ctx, ir.f64Const(0), () => arrayLength(ctx, tail, elem), (i) => void arrayPush(ctx, object, elem, [arrayGet(ctx, tail, elem, i).value]));
  return { kind: 'ref', value: removed };
}

/** The literal depth of `flat(depth?)`: 1 when absent; undefined when not a literal. */
export function flatDepth(arg: ts.Expression | undefined): number | undefined {
  if (!arg) return 1;
  if (ts.isNumericLiteral(arg)) return Math.trunc(Number(arg.text));
  if (ts.isIdentifier(arg) && arg.text === 'Infinity') return Infinity; // stops where the element types do
  return undefined;
}

/** The single array type among a union's members (or the type itself), with the other members. */
function arrayMember(checker: ts.TypeChecker, t: ts.Type): { array?: ts.Type; others: number } {
  const members = t.isUnion() ? t.types : [t];
  const arrays = members.filter((m) => isArrayType(checker, m));
  return { array: arrays.length === 1 ? arrays[0] : undefined, others: members.length - arrays.length };
}

/** Whether flat() over elements of type `t` to `depth` is something tsxen lowers exactly. */
export function flatSupported(checker: ts.TypeChecker, t: ts.Type, depth: number): boolean {
  if (depth <= 0) return true;
  const members = t.isUnion() ? t.types : [t];
  const arrays = members.filter((m) => isArrayType(checker, m));
  if (arrays.length === 0) return true;
  if (arrays.length > 1 || checker.isTupleType(arrays[0])) return false;
  const inner = checker.getTypeArguments(arrays[0] as ts.TypeReference)[0];
  return arrayElementKind(checker, arrays[0]) !== undefined && flatSupported(checker, inner, depth - 1);
}

function flat(ctx: FunctionContext, node: ts.CallExpression, object: llvm.Value, elem: Kind): TypedValue {
  const { ir } = ctx;
  const depth = flatDepth(node.arguments[0]);
  if (depth === undefined) throw internalError(node, 'flat depth');
  const outElem = arrayElementKind(ctx.checker, ctx.checker.getTypeAtLocation(node));
  if (!outElem) throw internalError(node, 'flat result');
  const receiver = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation((node.expression as ts.PropertyAccessExpression).expression));
  const out = newArray(ctx, outElem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
  flatInto(ctx, out, outElem, object, elem, ctx.checker.getTypeArguments(receiver as ts.TypeReference)[0], depth);
  return { kind: 'ref', value: out };
}

/** The return type of the callback `fn`. */
export function callbackResultType(checker: ts.TypeChecker, fn: ts.Expression): ts.Type | undefined {
  const sig = checker.getTypeAtLocation(fn).getCallSignatures()[0];
  return sig && checker.getReturnTypeOfSignature(sig);
}

/** `a.flatMap(cb)`: map, then flatten each result one level. */
function flatMap(ctx: FunctionContext, node: ts.CallExpression, object: llvm.Value, elem: Kind): TypedValue {
  const { ir } = ctx;
  const fn = node.arguments[0];
  const kinds = functionTypeKinds(ctx, fn);
  const cb = coerce(ctx, lowerExpr(ctx, fn), 'ref').value;
  const outElem = arrayElementKind(ctx.checker, ctx.checker.getTypeAtLocation(node));
  const resultType = callbackResultType(ctx.checker, fn);
  if (!outElem || !resultType) throw internalError(node, 'flatMap result');
  const out = newArray(ctx, outElem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
  // Each result goes through a one-element array so that flatInto decides per type.
  const one = newArray(ctx, kinds.result === 'void' ? 'value' : kinds.result, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 1));
  const oneKind: Kind = kinds.result === 'void' ? 'value' : kinds.result;
  const start = arrayLength(ctx, object, elem);
  countUp(ctx, ir.f64Const(0), () => min(ctx, start, arrayLength(ctx, object, elem)), (i) => {
    const given: TypedValue[] = [arrayGet(ctx, object, elem, i), { kind: 'number', value: i }, { kind: 'ref', value: object }];
    const passed = kinds.params.map((pk, k) => coerce(ctx, given[k] ?? { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) }, pk).value);
    const r = callClosure(ctx, cb, kinds.params, kinds.result, passed);
    checkPending(ctx);
    setLength(ctx, arrayParts(ctx, one, oneKind), ir.f64Const(0));
    arrayPush(ctx, one, oneKind, [coerce(ctx, r.kind === 'void' ? { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) } : r, oneKind).value]);
    flatInto(ctx, out, outElem, one, oneKind, resultType, 1);
  });
  return { kind: 'ref', value: out };
}

function flatInto(ctx: FunctionContext, out: llvm.Value, outElem: Kind, array: llvm.Value, elem: Kind, itemType: ts.Type, depth: number): void {
  const { b, ir } = ctx;
  const { array: inner, others } = depth > 0 ? arrayMember(ctx.checker, itemType) : { array: undefined, others: 1 };
  countUp(ctx, ir.f64Const(0), () => arrayLength(ctx, array, elem), (i) => {
    const item = arrayGet(ctx, array, elem, i);
    if (!inner) return void arrayPush(ctx, out, outElem, [coerce(ctx, item, outElem).value]);
    const innerElem = arrayElementKind(ctx.checker, inner)!;
    const innerItem = ctx.checker.getTypeArguments(inner as ts.TypeReference)[0];
    if (others === 0) return flatInto(ctx, out, outElem, coerce(ctx, item, 'ref').value, innerElem, innerItem, depth - 1);
    // A union element: spread it only when it is an array at run time.
    const v = toValue(ctx, item);
    const isObject = b.CreateICmpEQ(valueTag(ctx, v), llvm.ConstantInt.get(ir.i32, ValueTag.Object));
    const bits = b.CreateSelect(isObject, valueBits(ctx, v), llvm.ConstantInt.get(ir.i64, 0));
    const isArray = b.CreateCall(ir.runtime('tsx_is_array', ir.i1, [ir.i64]), [bits]);
    const spread = ctx.newBlock('flat.spread');
    const keep = ctx.newBlock('flat.keep');
    const next = ctx.newBlock('flat.next');
    b.CreateCondBr(isArray, spread, keep);
    b.SetInsertPoint(spread);
    flatInto(ctx, out, outElem, b.CreateIntToPtr(bits, ir.ptr), innerElem, innerItem, depth - 1);
    b.CreateBr(next);
    b.SetInsertPoint(keep);
    arrayPush(ctx, out, outElem, [coerce(ctx, { kind: 'value', value: v }, outElem).value]);
    b.CreateBr(next);
    b.SetInsertPoint(next);
  });
}

/** `a.reduceRight(cb, init?)`: from the last element down. */
function reduceRight(ctx: FunctionContext, node: ts.CallExpression, object: llvm.Value, elem: Kind): TypedValue {
  return lowerReduceCall(ctx, node, arrayElements(ctx, object, elem), 'down');
}

/** `a.copyWithin(target, start?, end?)`: an overlapping-safe move inside the array. */
function copyWithin(ctx: FunctionContext, node: ts.CallExpression, object: llvm.Value, elem: Kind): TypedValue {
  const { b, ir } = ctx;
  const args = node.arguments;
  const target = num(ctx, args[0]) ?? ir.f64Const(0);
  const start = num(ctx, args[1]) ?? ir.f64Const(0);
  const endArg = num(ctx, args[2]);
  const len = arrayLength(ctx, object, elem);
  const to = relative(ctx, target, len);
  const from = relative(ctx, start, len);
  const end = endArg ? relative(ctx, endArg, len) : len;
  const count = max(ctx, min(ctx, b.CreateFSub(end, from), b.CreateFSub(len, to)), ir.f64Const(0));
  const a = arrayParts(ctx, object, elem);
  const dst = b.CreateBitCast(elementAddress(ctx, a, b.CreateFPToSI(to, ir.i64)), ir.ptr);
  const src = b.CreateBitCast(elementAddress(ctx, a, b.CreateFPToSI(from, ir.i64)), ir.ptr);
  const bytes = b.CreateMul(b.CreateFPToSI(count, ir.i64), llvm.ConstantInt.get(ir.i64, elementSize(elem)));
  // What is overwritten may leave the array: shade it (the collector may be marking).
  shadeSlots(ctx, elem, dst, b.CreateFPToSI(count, ir.i64));
  b.CreateCall(ir.runtime('memmove', ir.ptr, [ir.ptr, ir.ptr, ir.i64]), [dst, src, bytes]);
  return { kind: 'ref', value: object };
}

/** `a.at(i)`: negative counts from the end; outside the array, undefined. */
function at(ctx: FunctionContext, node: ts.CallExpression, object: llvm.Value, elem: Kind): TypedValue {
  const { b, ir } = ctx;
  const len = arrayLength(ctx, object, elem);
  const k = toInteger(ctx, num(ctx, node.arguments[0]) ?? ir.f64Const(0));
  const index = b.CreateSelect(b.CreateFCmpOLT(k, ir.f64Const(0)), b.CreateFAdd(len, k), k);
  const inside = b.CreateAnd(b.CreateFCmpOGE(index, ir.f64Const(0)), b.CreateFCmpOLT(index, len));
  return valueOrUndefined(ctx, inside, () => toValue(ctx, arrayGet(ctx, object, elem, index)));
}
