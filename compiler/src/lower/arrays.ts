// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Arrays: an Array object {header, length, capacity, items} whose items live
// in a runtime slots object (rt/ABI.md: F64_SLOTS for numbers and booleans,
// PTR_SLOTS for strings and references, VALUE_SLOTS for unions). Arrays are
// dense: reading outside 0..length-1 or writing past length (a hole) is a
// clean panic instead of JS's undefined / hole (spec/arrays.md).

import { exactIndex } from './intrange.js';
import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { Kind, kindOfType, storageKind } from './kinds.js';
import { ObjectType, ShapeKind } from './typetable.js';
import { allocObject, findSlotOf, llvmKindType, slotAddress } from './classes.js';
import { coerce, valueOrUndefined } from './values.js';
import { ValueTag } from './runtime.js';
import { internalError } from './errors.js';
import { lowerExpr } from './expressions.js';
import { collectRest } from './members.js';
import { storeInHeap } from './barrier.js';
import { ACCESS_NAMES } from '../toolchain/tbaa.js';

/** TypeDesc.flags bits for arrays: bit 1 marks an array, bits 8..15 its element kind. */
export const FLAG_ARRAY = 2;
const ELEMENT_CODES: Record<Kind, number> = { number: 1, boolean: 2, string: 3, ref: 4, value: 5, void: 5 };

const SLOTS_TAG: Record<Kind, number> = { number: 5, boolean: 5, string: 3, ref: 3, value: 4, void: 4 };
const SLOTS_HEADER = 16;

export function elementSize(kind: Kind): number {
  return kind === 'value' ? 16 : 8;
}

/** The element kind of an array type, or undefined when `type` is not an array. */
export function arrayElementKind(checker: ts.TypeChecker, type: ts.Type): Kind | undefined {
  if (!isArrayType(checker, type)) return undefined;
  const args = checker.getTypeArguments(type as ts.TypeReference);
  if (checker.isTupleType(type)) {
    // A tuple is an array whose elements share one representation.
    const kinds = new Set(args.map((t) => { const k = kindOfType(t); return k && storageKind(k); }));
    if (kinds.has(undefined)) return undefined;
    return kinds.size === 1 ? [...kinds][0] : 'value';
  }
  if (args[0] && args[0].flags & ts.TypeFlags.Never) return 'value'; // `[]`: never holds anything
  const k = args[0] ? kindOfType(args[0]) : undefined;
  return k && storageKind(k); // void[] holds undefineds
}

export function isArrayType(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (type.isUnion()) return false;
  if (checker.isTupleType(type)) return true;
  const sym = type.getSymbol();
  return (sym?.name === 'Array' || sym?.name === 'ReadonlyArray') && checker.isArrayLikeType(type);
}

/** The program type of arrays of one element kind, registered on first use. */
export function arrayType(pc: ProgramContext, elem: Kind): ObjectType {
  const name = `Array<${elem}>`;
  const known = pc.types.all().find((t) => t.name === name);
  if (known) return known;
  return pc.types.add(name, [
    { name: 'length', kind: 'number' },
    { name: 'capacity', kind: 'number' },
    { name: 'items', kind: 'ref' },
  ], FLAG_ARRAY | (ELEMENT_CODES[elem] << 8), undefined, ShapeKind.Array);
}

export interface ArrayParts {
  object: llvm.Value;
  type: ObjectType;
  elem: Kind;
  /** A number[] whose elements are i64s in its F64 slots (intarrays.ts). */
  int?: boolean;
}

export function arrayParts(ctx: FunctionContext, object: llvm.Value, elem: Kind, int = false): ArrayParts {
  return parts(ctx, object, elem, int);
}

/** The array's items object (its slots). */
export function itemsObject(ctx: FunctionContext, a: ArrayParts): llvm.Value {
  return ctx.b.CreateLoad(ctx.ir.ptr, headerAddress(ctx, a.object, a, 'items'));
}

export function setLength(ctx: FunctionContext, a: ArrayParts, length: llvm.Value): void {
  ctx.b.CreateStore(length, headerAddress(ctx, a.object, a, 'length'));
}

function parts(ctx: FunctionContext, object: llvm.Value, elem: Kind, int = false): ArrayParts {
  return { object, type: arrayType(ctx.program, elem), elem, int };
}

function slot(a: ArrayParts, name: 'length' | 'capacity' | 'items') {
  return findSlotOf(a.type, name);
}

function loadNumberSlot(ctx: FunctionContext, a: ArrayParts, name: 'length' | 'capacity'): llvm.Value {
  return ctx.b.CreateLoad(ctx.ir.f64, headerAddress(ctx, a.object, a, name));
}

export function arrayLength(ctx: FunctionContext, object: llvm.Value, elem: Kind): llvm.Value {
  return loadNumberSlot(ctx, parts(ctx, object, elem), 'length');
}

/** The address of element `index` (an i64) in the items object. */
export function elementAddress(ctx: FunctionContext, a: ArrayParts, index: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const items = b.CreateLoad(ir.ptr, headerAddress(ctx, a.object, a, 'items'));
  const offset = b.CreateAdd(b.CreateMul(index, llvm.ConstantInt.get(ir.i64, elementSize(a.elem))), llvm.ConstantInt.get(ir.i64, SLOTS_HEADER));
  return b.CreateBitCast(b.CreateGEP(ir.i8, items, [offset]), llvm.PointerType.get(a.int ? ir.i64 : storedType(ctx, a.elem), 0), ACCESS_NAMES.element);
}

/** The address of an Array's length, capacity or items field. */
function headerAddress(ctx: FunctionContext, object: llvm.Value, a: ArrayParts, name: 'length' | 'capacity' | 'items'): llvm.Value {
  return slotAddress(ctx, object, slot(a, name), ACCESS_NAMES.header);
}

/** Booleans are stored as i64 0/1 in F64 slots (the collector ignores them). */
export function storedType(ctx: FunctionContext, elem: Kind): llvm.Type {
  return elem === 'boolean' ? ctx.ir.i64 : llvmKindType(ctx, elem);
}

function toStored(ctx: FunctionContext, elem: Kind, v: llvm.Value): llvm.Value {
  return elem === 'boolean' ? ctx.b.CreateZExt(v, ctx.ir.i64) : v;
}

function fromStored(ctx: FunctionContext, elem: Kind, v: llvm.Value): llvm.Value {
  return elem === 'boolean' ? ctx.b.CreateTrunc(v, ctx.ir.i1) : v;
}

/** Allocates a slots object for `capacity` (an i64) elements. */
function allocItems(ctx: FunctionContext, elem: Kind, capacity: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const size = b.CreateAdd(b.CreateMul(capacity, llvm.ConstantInt.get(ir.i64, elementSize(elem))), llvm.ConstantInt.get(ir.i64, SLOTS_HEADER));
  const alloc = ir.runtime('tsx_alloc', ir.ptr, [ir.i64, ir.i32]);
  const items = b.CreateCall(alloc, [size, llvm.ConstantInt.get(ir.i32, SLOTS_TAG[elem])]);
  // The runtime wrote the header; the slot count follows it.
  const words = b.CreateBitCast(items, llvm.PointerType.get(ir.i32, 0));
  b.CreateStore(b.CreateTrunc(capacity, ir.i32), b.CreateGEP(ir.i32, words, [llvm.ConstantInt.get(ir.i64, 2)]));
  return items;
}

/** A new array of `length` elements with room for `capacity` (both i64). */
export function newArray(ctx: FunctionContext, elem: Kind, length: llvm.Value, capacity: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const type = arrayType(ctx.program, elem);
  const object = allocObject(ctx, type);
  const a = { object, type, elem };
  b.CreateStore(b.CreateSIToFP(length, ir.f64), headerAddress(ctx, object, a, 'length'));
  b.CreateStore(b.CreateSIToFP(capacity, ir.f64), headerAddress(ctx, object, a, 'capacity'));
  b.CreateStore(allocItems(ctx, elem, capacity), headerAddress(ctx, object, a, 'items'));
  return object;
}

/** An array over an existing slots object of `count` elements (e.g. from String.prototype.split). */
export function newArrayFromSlots(ctx: FunctionContext, elem: Kind, items: llvm.Value, count: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const type = arrayType(ctx.program, elem);
  const object = allocObject(ctx, type);
  const a = { object, type, elem };
  const n = b.CreateSIToFP(count, ir.f64);
  b.CreateStore(n, headerAddress(ctx, object, a, 'length'));
  b.CreateStore(n, headerAddress(ctx, object, a, 'capacity'));
  b.CreateStore(items, headerAddress(ctx, object, a, 'items'));
  return object;
}

/** `[a, b, c]` */
export function lowerArrayLiteral(ctx: FunctionContext, node: ts.ArrayLiteralExpression, elem: Kind): TypedValue {
  const { ir } = ctx;
  if (node.elements.some(ts.isSpreadElement)) return { kind: 'ref', value: collectRest(ctx, node.elements, elem) };
  const n = node.elements.length;
  const values = node.elements.map((e) => coerce(ctx, lowerExpr(ctx, e), elem).value);
  const object = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, n), llvm.ConstantInt.get(ir.i64, Math.max(n, 4)));
  const a = parts(ctx, object, elem);
  values.forEach((v, i) => ctx.b.CreateStore(toStored(ctx, elem, v), elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, i))));
  return { kind: 'ref', value: object };
}

/**
 * An index as an i64 known to lie in [0, limit): a number that is not an
 * integer in range is a panic (JS would read undefined or make a hole).
 */
function checkedIndex(ctx: FunctionContext, index: llvm.Value, limit: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const known = exactIndex(index); // an exact integer (intrange.ts): only the unsigned bound check is left
  const i = known ?? b.CreateFPToSI(index, ir.i64);
  const inRange = b.CreateICmpULT(i, b.CreateFPToSI(limit, ir.i64));
  // fptosi of NaN or a huge value is poison: `exact` is false for those, and
  // `and` with a false operand still yields false once frozen.
  const ok = known ? inRange
    : b.CreateAnd(b.CreateAnd(b.CreateFCmpOEQ(b.CreateSIToFP(i, ir.f64), index), b.CreateFCmpOLT(index, ir.f64Const(2 ** 53))), inRange);
  const good = ctx.newBlock('index.ok');
  const bad = ctx.newBlock('index.bad');
  b.CreateCondBr(ok, good, bad);
  b.SetInsertPoint(bad);
  b.CreateCall(ir.runtime('tsx_panic_index', ir.void, [ir.f64, ir.f64]), [index, limit]);
  b.CreateUnreachable();
  b.SetInsertPoint(good);
  return i;
}

/** An exact integer index for a store: at most the length (an append; unsigned, so never negative), else a panic. */
function checkedKnownIndex(ctx: FunctionContext, i: llvm.Value, length: llvm.Value, index: llvm.Value, lengthF64: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const good = ctx.newBlock('index.ok');
  const bad = ctx.newBlock('index.bad');
  b.CreateCondBr(b.CreateICmpULE(i, length), good, bad);
  b.SetInsertPoint(bad);
  b.CreateCall(ir.runtime('tsx_panic_index', ir.void, [ir.f64, ir.f64]), [index, b.CreateFAdd(lengthF64, ir.f64Const(1))]);
  b.CreateUnreachable();
  b.SetInsertPoint(good);
  return i;
}

/** `a[i]`; with `int` (intarrays.ts) the value is the stored i64. */
export function arrayGet(ctx: FunctionContext, object: llvm.Value, elem: Kind, index: llvm.Value, int = false): TypedValue {
  const a = parts(ctx, object, elem, int);
  const i = checkedIndex(ctx, index, loadNumberSlot(ctx, a, 'length'));
  const v = ctx.b.CreateLoad(int ? ctx.ir.i64 : storedType(ctx, elem), elementAddress(ctx, a, i));
  if (int) return { kind: elem, value: v };
  return { kind: elem, value: fromStored(ctx, elem, v) };
}

/** `a[i] = v`: in place below length, an append at length, a panic beyond (a hole). With `int`, v is the i64 to store. */
export function arraySet(ctx: FunctionContext, object: llvm.Value, elem: Kind, index: llvm.Value, v: llvm.Value, int = false): void {
  const { b, ir } = ctx;
  const a = parts(ctx, object, elem, int);
  const length = loadNumberSlot(ctx, a, 'length');
  const known = exactIndex(index);
  // An exact index (intrange.ts) is compared with the length as integers.
  const i = known ? checkedKnownIndex(ctx, known, b.CreateFPToSI(length, ir.i64), index, length) : checkedIndex(ctx, index, b.CreateFAdd(length, ir.f64Const(1)));
  const atEnd = known ? b.CreateICmpEQ(i, b.CreateFPToSI(length, ir.i64)) : b.CreateFCmpOEQ(index, length);
  const grow = ctx.newBlock('array.append');
  const store = ctx.newBlock('array.store');
  b.CreateCondBr(atEnd, grow, store);
  b.SetInsertPoint(grow);
  ensureCapacity(ctx, a, b.CreateFAdd(length, ir.f64Const(1)));
  b.CreateStore(b.CreateFAdd(length, ir.f64Const(1)), headerAddress(ctx, object, a, 'length'));
  b.CreateBr(store);
  b.SetInsertPoint(store);
  if (int) b.CreateStore(v, elementAddress(ctx, a, i));
  else storeInHeap(ctx, elem, toStored(ctx, elem, v), elementAddress(ctx, a, i));
}

/** Grows the items (doubling) so that `needed` elements fit. */
function ensureCapacity(ctx: FunctionContext, a: ArrayParts, needed: llvm.Value): void {
  const { b, ir } = ctx;
  const capacity = loadNumberSlot(ctx, a, 'capacity');
  const grow = ctx.newBlock('array.grow');
  const done = ctx.newBlock('array.fits');
  b.CreateCondBr(b.CreateFCmpOGT(needed, capacity), grow, done);
  b.SetInsertPoint(grow);
  const doubled = b.CreateFMul(capacity, ir.f64Const(2));
  const newCap = b.CreateSelect(b.CreateFCmpOGT(needed, doubled), needed, doubled);
  const newCapInt = b.CreateFPToSI(newCap, ir.i64);
  const fresh = allocItems(ctx, a.elem, newCapInt);
  const old = b.CreateLoad(ir.ptr, headerAddress(ctx, a.object, a, 'items'));
  const length = b.CreateFPToSI(loadNumberSlot(ctx, a, 'length'), ir.i64);
  const bytes = b.CreateMul(length, llvm.ConstantInt.get(ir.i64, elementSize(a.elem)));
  const memcpy = ir.runtime('memcpy', ir.ptr, [ir.ptr, ir.ptr, ir.i64]);
  const at = (p: llvm.Value) => b.CreateGEP(ir.i8, p, [llvm.ConstantInt.get(ir.i64, SLOTS_HEADER)]);
  b.CreateCall(memcpy, [at(fresh), at(old), bytes]);
  storeInHeap(ctx, 'ref', fresh, headerAddress(ctx, a.object, a, 'items'));
  b.CreateStore(newCap, headerAddress(ctx, a.object, a, 'capacity'));
  b.CreateBr(done);
  b.SetInsertPoint(done);
}

/** `a.push(v...)`: appends, returns the new length. With `int`, the values are the i64s to store. */
export function arrayPush(ctx: FunctionContext, object: llvm.Value, elem: Kind, values: llvm.Value[], int = false): TypedValue {
  const { b, ir } = ctx;
  const a = parts(ctx, object, elem, int);
  for (const v of values) {
    const length = loadNumberSlot(ctx, a, 'length');
    const next = b.CreateFAdd(length, ir.f64Const(1));
    ensureCapacity(ctx, a, next);
    // The slot past the end may still hold what pop() returned.
    const at = elementAddress(ctx, a, b.CreateFPToSI(length, ir.i64));
    if (int) b.CreateStore(v, at);
    else storeInHeap(ctx, elem, toStored(ctx, elem, v), at);
    b.CreateStore(next, headerAddress(ctx, object, a, 'length'));
  }
  return { kind: 'number', value: loadNumberSlot(ctx, a, 'length') };
}

/** `a.pop()`: the last element, or undefined when empty. */
export function arrayPop(ctx: FunctionContext, object: llvm.Value, elem: Kind): TypedValue {
  const { b, ir } = ctx;
  const a = parts(ctx, object, elem);
  const length = loadNumberSlot(ctx, a, 'length');
  return valueOrUndefined(ctx, b.CreateFCmpOGT(length, ir.f64Const(0)), () => {
    const last = b.CreateFSub(length, ir.f64Const(1));
    const raw = b.CreateLoad(storedType(ctx, elem), elementAddress(ctx, a, b.CreateFPToSI(last, ir.i64)));
    b.CreateStore(last, headerAddress(ctx, object, a, 'length'));
    return coerce(ctx, { kind: elem, value: fromStored(ctx, elem, raw) }, 'value').value;
  });
}

/** Element kind of the array expression `node`, or an internal error. */
export function elementKindOf(ctx: FunctionContext, node: ts.Expression): Kind {
  const k = arrayElementKind(ctx.checker, ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node)));
  if (!k) throw internalError(node, 'not an array');
  return k;
}

/**
 * `a.length = n`: truncation (the dropped slots are cleared so that the
 * collector does not keep their objects alive). Growing would leave holes and
 * a length that is not an integer in range is a RangeError in JS: both are
 * clean panics (spec/arrays.md).
 */
export function setArrayLength(ctx: FunctionContext, object: llvm.Value, elem: Kind, requested: llvm.Value): void {
  const { b, ir } = ctx;
  const a = parts(ctx, object, elem);
  const length = loadNumberSlot(ctx, a, 'length');
  const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
  const whole = b.CreateFCmpOEQ(b.CreateCall(truncFn, [requested]), requested);
  const ok = b.CreateAnd(whole, b.CreateAnd(b.CreateFCmpOGE(requested, ir.f64Const(0)), b.CreateFCmpOLE(requested, length)));
  const good = ctx.newBlock('length.ok');
  const bad = ctx.newBlock('length.bad');
  b.CreateCondBr(ok, good, bad);
  b.SetInsertPoint(bad);
  b.CreateCall(ir.runtime('tsx_panic_array_length', ir.void, [ir.f64, ir.f64]), [requested, length]);
  b.CreateUnreachable();
  b.SetInsertPoint(good);
  const from = b.CreateFPToSI(requested, ir.i64);
  const dropped = b.CreateSub(b.CreateFPToSI(length, ir.i64), from);
  const memset = ir.runtime('memset', ir.ptr, [ir.ptr, ir.i32, ir.i64]);
  const start = b.CreateBitCast(elementAddress(ctx, a, from), ir.ptr);
  b.CreateCall(memset, [start, llvm.ConstantInt.get(ir.i32, 0), b.CreateMul(dropped, llvm.ConstantInt.get(ir.i64, elementSize(elem)))]);
  setLength(ctx, a, requested);
}
