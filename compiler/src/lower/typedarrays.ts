// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Typed arrays and ArrayBuffer (spec/typedarrays.md). An ArrayBuffer is the
// runtime's BYTES object (tag 2: {header, byteLength: u32, _, bytes}); a view
// (Uint8Array ... Float64Array, and DataView, dataview.ts) is a program type
// {header, buffer, data, length, byteOffset} whose `data` is the address of
// its first element inside the buffer (not traced: `buffer` keeps the bytes
// alive). Indexing is inlined: a bounds check, then a load or store with JS's
// conversion. The rest runs in rt/typed_array.zig.
//
// An out-of-range read is `undefined` in JS while TypeScript types it as a
// number. Where the read is used decides how tsxen represents it: as NaN
// where the use converts it to a number anyway (arithmetic, comparisons,
// stores into typed arrays — exact, since ToNumber(undefined) is NaN), as a
// tagged Value where the use can tell undefined apart (console.log, string
// concatenation, template literals, ===, ??), and elsewhere as a clean panic.

import { exactIndex } from './intrange.js';
import ts from '#typescript';
import { skipParens } from '../syntax.js';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { kindOfType } from './kinds.js';
import { ObjectType, ShapeKind } from './typetable.js';
import { allocObject } from './classes.js';
import { coerce, toValue, valueOrUndefined } from './values.js';
import { toBoolean, toInt32 } from './conversions.js';
import { kindOf, lowerExpr } from './expressions.js';
import { functionTypeKinds } from './closures.js';
import { checkPending } from './exceptions.js';
import { arrayElementKind, arrayLength, arrayParts, elementAddress, newArray, arrayPush } from './arrays.js';
import { internalError } from './errors.js';
import { countUp } from './loops.js';
import { sortArray } from './arraymethods.js';
import { Elements, SearchName, invokeCallback, lowerReduceCall, lowerSearchLoop } from './arrayloops.js';
import { lowerDataViewMethod, lowerNewDataView } from './dataview.js';

const SK = ts.SyntaxKind;

/** Element type codes, shared with rt/typed_array.zig (Code). */
export const TYPED_ARRAY_CODES: Record<string, number> = {
  Int8Array: 1, Uint8Array: 2, Uint8ClampedArray: 3, Int16Array: 4, Uint16Array: 5,
  Int32Array: 6, Uint32Array: 7, Float32Array: 8, Float64Array: 9,
};
const NAMES = ['', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];
export const ELEMENT_SIZES = [0, 1, 1, 1, 2, 2, 4, 4, 4, 8];

/** TypeDesc.flags: a typed array (element code in bits 8..15) or a DataView (rt/inspect.zig). */
export const FLAG_TYPED_ARRAY = 0x10000;
export const FLAG_DATAVIEW = 0x20000;

/** View field offsets (rt/ABI.md, "Typed arrays"). */
const BUFFER = 8;
const DATA = 16;
const LENGTH = 24;
const BYTE_OFFSET = 32;
const BYTES_TAG = 2;
const BYTES_HEADER = 16;

export const TYPED_ARRAY_METHODS = new Set([
  'at', 'fill', 'indexOf', 'lastIndexOf', 'includes', 'join', 'toString', 'reverse', 'sort', 'set', 'subarray', 'slice',
  'map', 'filter', 'reduce', 'forEach', 'every', 'some', 'find', 'findIndex',
]);
export const TYPED_ARRAY_PROPERTIES = new Set(['length', 'byteLength', 'byteOffset', 'buffer', 'BYTES_PER_ELEMENT']);

/** The library's own declaration of a global type or value (not a program type of that name). */
function librarySymbolName(type: ts.Type): string | undefined {
  const sym = type.getSymbol() ?? type.aliasSymbol;
  const decl = sym?.declarations?.[0];
  return sym && decl?.getSourceFile().isDeclarationFile ? sym.name : undefined;
}

/** The element code of a typed array type (Uint8Array<...> ...), else undefined. */
export function typedArrayCode(type: ts.Type): number | undefined {
  if (type.isUnion()) return undefined;
  const name = librarySymbolName(type);
  return name ? TYPED_ARRAY_CODES[name] : undefined;
}

/** ArrayBuffer (TypeScript's ArrayBufferLike is ArrayBuffer | SharedArrayBuffer; tsxen has no shared memory). */
export function isArrayBufferType(type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((t) => {
    const n = librarySymbolName(t);
    return n === 'ArrayBuffer' || n === 'SharedArrayBuffer';
  });
}

export function isDataViewType(type: ts.Type): boolean {
  return !type.isUnion() && librarySymbolName(type) === 'DataView';
}

/** The constructor a library identifier names (`Uint8Array` in `Uint8Array.from`), as a code. */
export function typedArrayConstructorCode(checker: ts.TypeChecker, node: ts.Expression): number | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const decl = checker.getSymbolAtLocation(node)?.declarations?.[0];
  return decl?.getSourceFile().isDeclarationFile ? TYPED_ARRAY_CODES[node.text] : undefined;
}

/** The code of the typed array expression `node`, if it is one. */
export function typedCodeOf(ctx: FunctionContext, node: ts.Expression): number | undefined {
  return typedArrayCode(ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node)));
}

/** The program type of views with element code `code` (0: DataView). */
export function viewType(pc: ProgramContext, code: number): ObjectType {
  const name = code ? NAMES[code] : 'DataView';
  const known = pc.types.all().find((t) => t.name === name && t.shape === ShapeKind.Internal);
  if (known) return known;
  return pc.types.add(name, [
    { name: 'buffer', kind: 'ref' },
    { name: 'data', kind: 'ref', raw: true },
    { name: 'length', kind: 'number', raw: true },
    { name: 'byteOffset', kind: 'number', raw: true },
  ], code ? FLAG_TYPED_ARRAY | (code << 8) : FLAG_DATAVIEW, undefined, ShapeKind.Internal);
}

// ---- raw access ------------------------------------------------------------

function i64(ctx: FunctionContext, x: number): llvm.Value {
  return llvm.ConstantInt.get(ctx.ir.i64, x);
}

function i32(ctx: FunctionContext, x: number): llvm.Value {
  return llvm.ConstantInt.get(ctx.ir.i32, x);
}

function at(ctx: FunctionContext, object: llvm.Value, offset: number, type: llvm.Type): llvm.Value {
  const { b, ir } = ctx;
  return b.CreateBitCast(b.CreateGEP(ir.i8, object, [i64(ctx, offset)]), llvm.PointerType.get(type, 0));
}

export function viewBuffer(ctx: FunctionContext, view: llvm.Value): llvm.Value {
  return ctx.b.CreateLoad(ctx.ir.ptr, at(ctx, view, BUFFER, ctx.ir.ptr));
}

export function viewData(ctx: FunctionContext, view: llvm.Value): llvm.Value {
  return ctx.b.CreateLoad(ctx.ir.ptr, at(ctx, view, DATA, ctx.ir.ptr));
}

/** The view's length (elements; bytes for a DataView) as an i64. */
export function viewLength(ctx: FunctionContext, view: llvm.Value): llvm.Value {
  return ctx.b.CreateLoad(ctx.ir.i64, at(ctx, view, LENGTH, ctx.ir.i64));
}

export function viewByteOffset(ctx: FunctionContext, view: llvm.Value): llvm.Value {
  return ctx.b.CreateLoad(ctx.ir.i64, at(ctx, view, BYTE_OFFSET, ctx.ir.i64));
}

/** An ArrayBuffer's byte length as an i64. */
export function bufferLength(ctx: FunctionContext, buffer: llvm.Value): llvm.Value {
  return ctx.b.CreateZExt(ctx.b.CreateLoad(ctx.ir.i32, at(ctx, buffer, 8, ctx.ir.i32)), ctx.ir.i64);
}

export function bufferBytes(ctx: FunctionContext, buffer: llvm.Value): llvm.Value {
  return ctx.b.CreateGEP(ctx.ir.i8, buffer, [i64(ctx, BYTES_HEADER)]);
}

/** A zeroed ArrayBuffer of `bytes` (an i64) bytes. */
export function newBuffer(ctx: FunctionContext, bytes: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const alloc = ir.runtime('tsx_alloc', ir.ptr, [ir.i64, ir.i32]);
  const buffer = b.CreateCall(alloc, [b.CreateAdd(bytes, i64(ctx, BYTES_HEADER)), i32(ctx, BYTES_TAG)]);
  b.CreateStore(b.CreateTrunc(bytes, ir.i32), at(ctx, buffer, 8, ir.i32));
  return buffer;
}

/** A view of `length` elements over `buffer` from `byteOffset` (i64s); code 0 is a DataView. */
export function newView(ctx: FunctionContext, code: number, buffer: llvm.Value, byteOffset: llvm.Value, length: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const view = allocObject(ctx, viewType(ctx.program, code));
  b.CreateStore(buffer, at(ctx, view, BUFFER, ir.ptr));
  b.CreateStore(b.CreateGEP(ir.i8, bufferBytes(ctx, buffer), [byteOffset]), at(ctx, view, DATA, ir.ptr));
  b.CreateStore(length, at(ctx, view, LENGTH, ir.i64));
  b.CreateStore(byteOffset, at(ctx, view, BYTE_OFFSET, ir.i64));
  return view;
}

/** A new typed array of `length` (i64) zeroed elements over a buffer of its own. */
export function newTypedArray(ctx: FunctionContext, code: number, length: llvm.Value): llvm.Value {
  const buffer = newBuffer(ctx, ctx.b.CreateMul(length, i64(ctx, ELEMENT_SIZES[code])));
  return newView(ctx, code, buffer, i64(ctx, 0), length);
}

function elementType(ctx: FunctionContext, code: number): llvm.Type {
  const ir = ctx.ir;
  if (code === 9) return ir.f64;
  if (code === 8) return llvm.Type.getFloatTy(ir.context);
  return [ir.i8, ir.i8, ir.i8, ir.i16, ir.i16, ir.i32, ir.i32][code - 1];
}

function elementPointer(ctx: FunctionContext, data: llvm.Value, code: number, i: llvm.Value): llvm.Value {
  const t = elementType(ctx, code);
  return ctx.b.CreateGEP(t, ctx.b.CreateBitCast(data, llvm.PointerType.get(t, 0)), [i]);
}

/** The element at `i` (an i64 known in range) as a number. */
export function loadElement(ctx: FunctionContext, data: llvm.Value, code: number, i: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const raw = b.CreateLoad(elementType(ctx, code), elementPointer(ctx, data, code, i));
  if (code === 9) return raw;
  if (code === 8) return b.CreateFPExt(raw, ir.f64);
  const signed = code === 1 || code === 4 || code === 6;
  return signed ? b.CreateSIToFP(raw, ir.f64) : b.CreateUIToFP(raw, ir.f64);
}

/** A number converted to the element type's bits, as JS stores it. */
export function toElement(ctx: FunctionContext, code: number, x: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  if (code === 9) return x;
  if (code === 8) return b.CreateFPTrunc(x, llvm.Type.getFloatTy(ir.context));
  if (code === 3) {
    // ToUint8Clamp: NaN and below → 0, above → 255, else round half to even
    // (in integers: rint would be a libm call without SSE4.1).
    const inside = b.CreateAnd(b.CreateFCmpOGT(x, ir.f64Const(0)), b.CreateFCmpOLT(x, ir.f64Const(255)));
    const safe = b.CreateSelect(inside, x, ir.f64Const(0));
    const floor = b.CreateFPToSI(safe, ir.i32);
    const frac = b.CreateFSub(safe, b.CreateSIToFP(floor, ir.f64));
    const odd = b.CreateTrunc(floor, ir.i1);
    const up = b.CreateOr(b.CreateFCmpOGT(frac, ir.f64Const(0.5)), b.CreateAnd(b.CreateFCmpOEQ(frac, ir.f64Const(0.5)), odd));
    const rounded = b.CreateAdd(floor, b.CreateZExt(up, ir.i32));
    const outside = b.CreateSelect(b.CreateFCmpOGE(x, ir.f64Const(255)), llvm.ConstantInt.get(ir.i32, 255), llvm.ConstantInt.get(ir.i32, 0));
    return b.CreateTrunc(b.CreateSelect(inside, rounded, outside), ir.i8);
  }
  const t = elementType(ctx, code);
  const bits = toInt32(ctx, x);
  return t === ir.i32 ? bits : b.CreateTrunc(bits, t);
}

export function storeElement(ctx: FunctionContext, data: llvm.Value, code: number, i: llvm.Value, x: llvm.Value): void {
  ctx.b.CreateStore(toElement(ctx, code, x), elementPointer(ctx, data, code, i));
}

/**
 * A JS index as an i64 and whether it names an element: an integer (after
 * -0 → 0) in [0, length). fptosi of NaN or a huge number is poison, but the
 * exactness test is then false, and the i64 is only used where `ok` holds.
 */
function indexIn(ctx: FunctionContext, index: llvm.Value, length: llvm.Value): { i: llvm.Value; ok: llvm.Value } {
  const { b, ir } = ctx;
  const known = exactIndex(index); // an exact integer (intrange.ts); negative fails the unsigned compare
  if (known) return { i: known, ok: b.CreateICmpULT(known, length) };
  const inI64 = b.CreateAnd(b.CreateFCmpOGE(index, ir.f64Const(0)), b.CreateFCmpOLT(index, ir.f64Const(2 ** 53)));
  const safe = b.CreateSelect(inI64, index, ir.f64Const(0));
  const i = b.CreateFPToSI(safe, ir.i64);
  const exact = b.CreateFCmpOEQ(b.CreateSIToFP(i, ir.f64), index);
  return { i, ok: b.CreateAnd(b.CreateAnd(inI64, exact), b.CreateICmpULT(i, length)) };
}

// ---- indexing ----------------------------------------------------------------

type ReadMode = 'nan' | 'value' | 'checked';

const NUMERIC_OPERATORS = new Set([
  SK.MinusToken, SK.AsteriskToken, SK.SlashToken, SK.PercentToken, SK.AsteriskAsteriskToken, SK.AmpersandToken, SK.BarToken,
  SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken, SK.GreaterThanGreaterThanGreaterThanToken,
  SK.LessThanToken, SK.LessThanEqualsToken, SK.GreaterThanToken, SK.GreaterThanEqualsToken, SK.BarBarToken,
  SK.MinusEqualsToken, SK.AsteriskEqualsToken, SK.SlashEqualsToken, SK.PercentEqualsToken, SK.AsteriskAsteriskEqualsToken,
  SK.AmpersandEqualsToken, SK.BarEqualsToken, SK.CaretEqualsToken, SK.LessThanLessThanEqualsToken,
  SK.GreaterThanGreaterThanEqualsToken, SK.GreaterThanGreaterThanGreaterThanEqualsToken,
]);

/** How an element read's out-of-range undefined is represented, from the read's use (see the top). */
function readMode(ctx: FunctionContext, node: ts.Expression): ReadMode {
  let e: ts.Node = node;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const p = e.parent;
  const isNumber = (x: ts.Expression) => kindOfType(ctx.checker.getTypeAtLocation(x)) === 'number';
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    const other = p.left === e ? p.right : p.left;
    if (op === SK.BarBarToken) return p.left === e ? 'nan' : 'checked';
    if (NUMERIC_OPERATORS.has(op)) return p.left === e && op >= SK.FirstCompoundAssignment ? 'checked' : 'nan';
    if (op === SK.PlusToken || op === SK.PlusEqualsToken) {
      if (op === SK.PlusEqualsToken && p.left === e) return 'checked';
      return isNumber(other) ? 'nan' : 'value';
    }
    if (op === SK.EqualsEqualsEqualsToken || op === SK.ExclamationEqualsEqualsToken || op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken) {
      // Against a plain number, undefined and NaN compare alike (unequal); keep the fast path.
      const otherRead = ts.isElementAccessExpression(skipParens(other)) && typedCodeOf(ctx, (skipParens(other) as ts.ElementAccessExpression).expression);
      if (isNumber(other) && !otherRead) return 'nan';
      return op === SK.EqualsEqualsEqualsToken || op === SK.ExclamationEqualsEqualsToken ? 'value' : 'checked';
    }
    if (op === SK.QuestionQuestionToken && p.left === e) return 'value';
    if (op === SK.EqualsToken && p.right === e && ts.isElementAccessExpression(p.left) && typedCodeOf(ctx, p.left.expression)) return 'nan';
    return 'checked';
  }
  if (ts.isPrefixUnaryExpression(p)) return 'nan';
  // A condition only asks for truthiness, which NaN and undefined share.
  const isCondition = (ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) && p.expression === e;
  if (isCondition || (ts.isConditionalExpression(p) && p.condition === e) || (ts.isForStatement(p) && p.condition === e)) return 'nan';
  if (ts.isTemplateSpan(p)) return 'value';
  if (ts.isCallExpression(p) && p.expression !== e) {
    const callee = p.expression;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
      if (callee.expression.text === 'Math') return 'nan';
      if (callee.expression.text === 'console') return 'value';
    }
    if (ts.isIdentifier(callee) && callee.text === 'String') return 'value';
  }
  // An argument, result or array element typed to hold undefined. (Not a variable: TypeScript
  // narrows it to number on assignment, and would then read the undefined as a number.)
  const flowsOut = (ts.isCallExpression(p) && p.arguments.includes(e as ts.Expression)) || ts.isReturnStatement(p) ||
    ts.isArrayLiteralExpression(p) || (ts.isArrowFunction(p) && p.body === e);
  if (!flowsOut) return 'checked';
  const expected = ctx.checker.getContextualType(e as ts.Expression);
  const parts = expected ? (expected.isUnion() ? expected.types : [expected]) : [];
  if (parts.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Unknown))) return 'value';
  return 'checked';
}

/** `ta[i]` read. */
export function lowerTypedIndexGet(ctx: FunctionContext, node: ts.ElementAccessExpression, code: number): TypedValue {
  const view = coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value;
  const index = coerce(ctx, lowerExpr(ctx, node.argumentExpression), 'number').value;
  return typedGet(ctx, view, code, index, readMode(ctx, node));
}

export function typedGet(ctx: FunctionContext, view: llvm.Value, code: number, index: llvm.Value, mode: ReadMode): TypedValue {
  const { b, ir } = ctx;
  const length = viewLength(ctx, view);
  const { i, ok } = indexIn(ctx, index, length);
  if (mode === 'value') {
    return valueOrUndefined(ctx, ok, () => toValue(ctx, { kind: 'number', value: loadElement(ctx, viewData(ctx, view), code, i) }));
  }
  const good = ctx.newBlock('ta.in');
  const bad = ctx.newBlock('ta.out');
  b.CreateCondBr(ok, good, bad);
  b.SetInsertPoint(bad);
  if (mode === 'checked') {
    b.CreateCall(ir.runtime('tsx_panic_index', ir.void, [ir.f64, ir.f64]), [index, b.CreateUIToFP(length, ir.f64)]);
    b.CreateUnreachable();
    b.SetInsertPoint(good);
    return { kind: 'number', value: loadElement(ctx, viewData(ctx, view), code, i) };
  }
  const done = ctx.newBlock('ta.read');
  b.CreateBr(done);
  b.SetInsertPoint(good);
  const v = loadElement(ctx, viewData(ctx, view), code, i);
  const goodEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.f64, 2);
  phi.addIncoming(v, goodEnd);
  phi.addIncoming(ir.f64Const(NaN), bad);
  return { kind: 'number', value: phi };
}

/** `ta[i] = x`: stored with conversion when `i` names an element, else ignored (JS). */
export function typedSet(ctx: FunctionContext, view: llvm.Value, code: number, index: llvm.Value, x: llvm.Value): void {
  const { b } = ctx;
  const { i, ok } = indexIn(ctx, index, viewLength(ctx, view));
  const store = ctx.newBlock('ta.store');
  const done = ctx.newBlock('ta.stored');
  b.CreateCondBr(ok, store, done);
  b.SetInsertPoint(store);
  storeElement(ctx, viewData(ctx, view), code, i, x);
  b.CreateBr(done);
  b.SetInsertPoint(done);
}

/** An assignable `ta[i]` (compound assignments read it as a number: NaN outside). */
export function typedPlace(ctx: FunctionContext, target: ts.ElementAccessExpression, code: number) {
  const view = coerce(ctx, lowerExpr(ctx, target.expression), 'ref').value;
  const index = coerce(ctx, lowerExpr(ctx, target.argumentExpression), 'number').value;
  return {
    read: (): TypedValue => typedGet(ctx, view, code, index, 'nan'),
    write: (v: TypedValue): void => typedSet(ctx, view, code, index, coerce(ctx, v, 'number').value),
  };
}

// ---- construction --------------------------------------------------------------

function checkedLength(ctx: FunctionContext, n: llvm.Value, what: number): llvm.Value {
  const ir = ctx.ir;
  const len = ctx.b.CreateCall(ir.runtime('tsx_ta_check_length', ir.i64, [ir.f64, ir.i32]), [n, i32(ctx, what)]);
  checkPending(ctx);
  return len;
}

/** `new ArrayBuffer(n)` */
export function lowerNewArrayBuffer(ctx: FunctionContext, node: ts.NewExpression): TypedValue {
  const arg = node.arguments?.[0];
  const n = arg ? coerce(ctx, lowerExpr(ctx, arg), 'number').value : ctx.ir.f64Const(0);
  return { kind: 'ref', value: newBuffer(ctx, checkedLength(ctx, n, 1)) };
}

/** `new XArray()`, `(n)`, `(array)`, `(typedArray)`, `(buffer, byteOffset?, length?)`. */
export function lowerNewTypedArray(ctx: FunctionContext, node: ts.NewExpression, code: number): TypedValue {
  const { b, ir } = ctx;
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  if (args.length === 0) return { kind: 'ref', value: newTypedArray(ctx, code, i64(ctx, 0)) };
  const first = args[0];
  const firstType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(first));
  if (isArrayBufferType(firstType)) {
    const buffer = coerce(ctx, lowerExpr(ctx, first), 'ref').value;
    const offset = args[1] ? coerce(ctx, lowerExpr(ctx, args[1]), 'number').value : ir.f64Const(0);
    const length = args[2] ? coerce(ctx, lowerExpr(ctx, args[2]), 'number').value : ir.f64Const(NaN);
    const check = ir.runtime('tsx_ta_check_view', ir.i64, [ir.i32, ir.i64, ir.f64, ir.f64, ir.i32]);
    const n = b.CreateCall(check, [i32(ctx, code), bufferLength(ctx, buffer), offset, length, i32(ctx, args[2] ? 1 : 0)]);
    checkPending(ctx);
    const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
    const byteOffset = b.CreateFPToUI(b.CreateSelect(b.CreateFCmpUNE(offset, offset), ir.f64Const(0), b.CreateCall(truncFn, [offset])), ir.i64);
    return { kind: 'ref', value: newView(ctx, code, buffer, byteOffset, n) };
  }
  const v = lowerExpr(ctx, first);
  return { kind: 'ref', value: typedArrayFrom(ctx, code, v, firstType, first) };
}

/** A new typed array holding the numbers of `source` (a number, an array of numbers or a typed array). */
function typedArrayFrom(ctx: FunctionContext, code: number, source: TypedValue, type: ts.Type, at: ts.Node): llvm.Value {
  const { b, ir } = ctx;
  if (source.kind === 'number') return newTypedArray(ctx, code, checkedLength(ctx, source.value, 0));
  const object = coerce(ctx, source, 'ref').value;
  const srcCode = typedArrayCode(type);
  if (srcCode) {
    const n = viewLength(ctx, object);
    const out = newTypedArray(ctx, code, n);
    copyElements(ctx, viewData(ctx, out), code, viewData(ctx, object), srcCode, n);
    return out;
  }
  if (arrayElementKind(ctx.checker, type) === 'number') return typedArrayFromNumbers(ctx, code, object);
  throw internalError(at, 'typed array source');
}

/** A new typed array with the elements of a number[], converted. */
function typedArrayFromNumbers(ctx: FunctionContext, code: number, array: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const n = b.CreateFPToSI(arrayLength(ctx, array, 'number'), ir.i64);
  const out = newTypedArray(ctx, code, n);
  const first = elementAddress(ctx, arrayParts(ctx, array, 'number'), i64(ctx, 0));
  b.CreateCall(ir.runtime('tsx_ta_from_f64', ir.void, [ir.ptr, ir.i32, ir.ptr, ir.i64]), [viewData(ctx, out), i32(ctx, code), b.CreateBitCast(first, ir.ptr), n]);
  return out;
}

function copyElements(ctx: FunctionContext, dst: llvm.Value, dcode: number, src: llvm.Value, scode: number, n: llvm.Value): void {
  const ir = ctx.ir;
  ctx.b.CreateCall(ir.runtime('tsx_ta_copy', ir.void, [ir.ptr, ir.i32, ir.ptr, ir.i32, ir.i64]), [dst, i32(ctx, dcode), src, i32(ctx, scode), n]);
}

/** A number[] with the elements of a typed array (Array.from(ta), [...ta]). */
export function typedToArray(ctx: FunctionContext, view: llvm.Value, code: number): llvm.Value {
  const { b, ir } = ctx;
  const n = viewLength(ctx, view);
  const out = newArray(ctx, 'number', n, b.CreateSelect(b.CreateICmpSGT(n, i64(ctx, 4)), n, i64(ctx, 4)));
  const first = elementAddress(ctx, arrayParts(ctx, out, 'number'), i64(ctx, 0));
  b.CreateCall(ir.runtime('tsx_ta_to_f64', ir.void, [ir.ptr, ir.ptr, ir.i32, ir.i64]), [b.CreateBitCast(first, ir.ptr), viewData(ctx, view), i32(ctx, code), n]);
  return out;
}

/** Calls `body(i, x)` for each element (i as an f64, x a number). */
export function forEachElement(ctx: FunctionContext, view: llvm.Value, code: number, body: (i: llvm.Value, x: llvm.Value) => void): void {
  const { b, ir } = ctx;
  countUp(ctx, ir.f64Const(0), () => b.CreateUIToFP(viewLength(ctx, view), ir.f64), (i) => {
    body(i, loadElement(ctx, viewData(ctx, view), code, b.CreateFPToSI(i, ir.i64)));
  });
}

// ---- statics ------------------------------------------------------------------

/** `XArray.from(src, mapFn?)`, `XArray.of(...)`, `ArrayBuffer.isView(x)`, `Array.from(ta)`; undefined when not one of these. */
export function lowerTypedStatic(ctx: FunctionContext, lib: string, node: ts.CallExpression): TypedValue | undefined {
  const { b, ir } = ctx;
  const [owner, method] = lib.split('.');
  const args = node.arguments;
  if (lib === 'Array.from' && args.length === 1) {
    const code = typedCodeOf(ctx, args[0]);
    if (!code) return undefined;
    return { kind: 'ref', value: typedToArray(ctx, coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value, code) };
  }
  if (lib === 'ArrayBuffer.isView') {
    const t = ctx.checker.getTypeAtLocation(args[0]);
    lowerExpr(ctx, args[0]);
    const isView = typedArrayCode(t) !== undefined || isDataViewType(t);
    return { kind: 'boolean', value: isView ? llvm.ConstantInt.getTrue(ir.context) : llvm.ConstantInt.getFalse(ir.context) };
  }
  const code = TYPED_ARRAY_CODES[owner];
  if (!code) return undefined;
  if (method === 'of') {
    const out = newTypedArray(ctx, code, i64(ctx, args.length));
    args.forEach((a, k) => storeElement(ctx, viewData(ctx, out), code, i64(ctx, k), coerce(ctx, lowerExpr(ctx, a), 'number').value));
    return { kind: 'ref', value: out };
  }
  if (method === 'from') {
    const srcType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(args[0]));
    const source = lowerExpr(ctx, args[0]);
    const out = typedArrayFrom(ctx, code, source, srcType, args[0]);
    if (args[1]) {
      // from(src, f): the source's values mapped, then converted (JS maps the source's own values).
      if (typedArrayCode(srcType)) throw internalError(node, 'from(typedArray, mapFn)'); // rejected by the checker
      const kinds = functionTypeKinds(ctx, args[1]);
      const cb = coerce(ctx, lowerExpr(ctx, args[1]), 'ref').value;
      const a = arrayParts(ctx, coerce(ctx, source, 'ref').value, 'number');
      countUp(ctx, ir.f64Const(0), () => b.CreateUIToFP(viewLength(ctx, out), ir.f64), (i) => {
        const k = b.CreateFPToSI(i, ir.i64);
        const x = b.CreateLoad(ir.f64, elementAddress(ctx, a, k));
        const r = invoke(ctx, cb, kinds, [{ kind: 'number', value: x }, { kind: 'number', value: i }]);
        storeElement(ctx, viewData(ctx, out), code, k, coerce(ctx, r, 'number').value);
      });
    }
    return { kind: 'ref', value: out };
  }
  return undefined;
}

// ---- properties ------------------------------------------------------------------

/** `ta.length` and friends, `buf.byteLength`, `XArray.BYTES_PER_ELEMENT`; undefined when not one of these. */
export function lowerTypedProperty(ctx: FunctionContext, node: ts.PropertyAccessExpression): TypedValue | undefined {
  const { b, ir } = ctx;
  const name = node.name.text;
  const ctorCode = typedArrayConstructorCode(ctx.checker, node.expression);
  if (ctorCode && name === 'BYTES_PER_ELEMENT') return { kind: 'number', value: ir.f64Const(ELEMENT_SIZES[ctorCode]) };
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression));
  const code = typedArrayCode(type);
  const dataView = isDataViewType(type);
  if (isArrayBufferType(type) && name === 'byteLength') {
    const buffer = coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value;
    return { kind: 'number', value: b.CreateUIToFP(bufferLength(ctx, buffer), ir.f64) };
  }
  if (!code && !dataView) return undefined;
  const view = coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value;
  const num = (v: llvm.Value): TypedValue => ({ kind: 'number', value: b.CreateUIToFP(v, ir.f64) });
  const size = code ? ELEMENT_SIZES[code] : 1;
  switch (name) {
    case 'length':
      return num(viewLength(ctx, view));
    case 'byteLength':
      return num(b.CreateMul(viewLength(ctx, view), i64(ctx, size)));
    case 'byteOffset':
      return num(viewByteOffset(ctx, view));
    case 'buffer':
      return { kind: 'ref', value: viewBuffer(ctx, view) };
    case 'BYTES_PER_ELEMENT':
      return { kind: 'number', value: ir.f64Const(size) };
  }
  throw internalError(node, `typed array property ${name}`);
}

// ---- methods ------------------------------------------------------------------

const invoke = invokeCallback;

function numberArg(ctx: FunctionContext, arg: ts.Expression | undefined, absent: number): llvm.Value {
  return arg ? coerce(ctx, lowerExpr(ctx, arg), 'number').value : ctx.ir.f64Const(absent);
}

/** JS's relative index (as an i64 in [0, len]) via the runtime's definition. */
function relative(ctx: FunctionContext, x: llvm.Value, len: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
  const l = b.CreateUIToFP(len, ir.f64);
  const t = b.CreateSelect(b.CreateFCmpUNE(x, x), ir.f64Const(0), b.CreateCall(truncFn, [x]));
  const fromEnd = b.CreateFAdd(l, t);
  const neg = b.CreateSelect(b.CreateFCmpOLT(fromEnd, ir.f64Const(0)), ir.f64Const(0), fromEnd);
  const pos = b.CreateSelect(b.CreateFCmpOGT(t, l), l, t);
  return b.CreateFPToUI(b.CreateSelect(b.CreateFCmpOLT(t, ir.f64Const(0)), neg, pos), ir.i64);
}

/** `ta.method(...)` */
export function lowerTypedMethod(ctx: FunctionContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression, code: number): TypedValue {
  const { b, ir } = ctx;
  const name = callee.name.text;
  const args = node.arguments;
  const view = coerce(ctx, lowerExpr(ctx, callee.expression), 'ref').value;
  const self: TypedValue = { kind: 'ref', value: view };
  const num = (v: llvm.Value): TypedValue => ({ kind: 'number', value: v });
  const len = () => viewLength(ctx, view);
  const data = () => viewData(ctx, view);
  const rt = (fn: string, ret: llvm.Type, types: llvm.Type[], values: llvm.Value[]) => b.CreateCall(ir.runtime(fn, ret, types), values);
  switch (name) {
    case 'at': {
      const x = numberArg(ctx, args[0], 0);
      const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
      const t = b.CreateSelect(b.CreateFCmpUNE(x, x), ir.f64Const(0), b.CreateCall(truncFn, [x]));
      const k = b.CreateSelect(b.CreateFCmpOLT(t, ir.f64Const(0)), b.CreateFAdd(b.CreateUIToFP(len(), ir.f64), t), t);
      const v = typedGet(ctx, view, code, k, 'value');
      return coerce(ctx, v, kindOf(ctx, node));
    }
    case 'fill': {
      const v = numberArg(ctx, args[0], NaN);
      const start = numberArg(ctx, args[1], 0);
      const end = numberArg(ctx, args[2], Infinity);
      rt('tsx_ta_fill', ir.void, [ir.ptr, ir.i32, ir.i64, ir.f64, ir.f64, ir.f64], [data(), i32(ctx, code), len(), v, start, end]);
      return self;
    }
    case 'indexOf':
    case 'lastIndexOf':
    case 'includes': {
      const x = numberArg(ctx, args[0], NaN);
      const from = numberArg(ctx, args[1], name === 'lastIndexOf' ? Infinity : 0);
      const mode = name === 'indexOf' ? 0 : name === 'lastIndexOf' ? 1 : 2;
      const r = rt('tsx_ta_index_of', ir.f64, [ir.ptr, ir.i32, ir.i64, ir.f64, ir.f64, ir.i32], [data(), i32(ctx, code), len(), x, from, i32(ctx, mode)]);
      return name === 'includes' ? { kind: 'boolean', value: b.CreateFCmpOGE(r, ir.f64Const(0)) } : num(r);
    }
    case 'join':
    case 'toString': {
      const sep = name === 'join' && args[0] ? coerce(ctx, lowerExpr(ctx, args[0]), 'string').value : ir.stringLiteral(',');
      return { kind: 'string', value: rt('tsx_ta_join', ir.ptr, [ir.ptr, ir.i32, ir.i64, ir.ptr], [data(), i32(ctx, code), len(), sep]) };
    }
    case 'reverse':
      rt('tsx_ta_reverse', ir.void, [ir.ptr, ir.i32, ir.i64], [data(), i32(ctx, code), len()]);
      return self;
    case 'sort': {
      if (args.length) return sortWithComparator(ctx, node, view, code);
      rt('tsx_ta_sort', ir.void, [ir.ptr, ir.i32, ir.i64], [data(), i32(ctx, code), len()]);
      return self;
    }
    case 'set':
      lowerSet(ctx, node, view, code);
      return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
    case 'subarray':
    case 'slice': {
      const n = len();
      const start = relative(ctx, numberArg(ctx, args[0], 0), n);
      const end = relative(ctx, numberArg(ctx, args[1], Infinity), n);
      const count = b.CreateSelect(b.CreateICmpUGT(end, start), b.CreateSub(end, start), i64(ctx, 0));
      const size = i64(ctx, ELEMENT_SIZES[code]);
      if (name === 'subarray') {
        const offset = b.CreateAdd(viewByteOffset(ctx, view), b.CreateMul(start, size));
        return { kind: 'ref', value: newView(ctx, code, viewBuffer(ctx, view), offset, count) };
      }
      const out = newTypedArray(ctx, code, count);
      const memcpy = ir.runtime('memcpy', ir.ptr, [ir.ptr, ir.ptr, ir.i64]);
      b.CreateCall(memcpy, [viewData(ctx, out), b.CreateGEP(ir.i8, data(), [b.CreateMul(start, size)]), b.CreateMul(count, size)]);
      return { kind: 'ref', value: out };
    }
    case 'forEach':
    case 'map':
    case 'filter':
    case 'every':
    case 'some':
    case 'find':
    case 'findIndex':
      return callbackMethod(ctx, node, name, view, code);
    case 'reduce':
      return reduce(ctx, node, view, code);
  }
  throw internalError(node, `typed array method ${name}`);
}

/** `ta.set(source, offset?)` from an array of numbers or a typed array. */
function lowerSet(ctx: FunctionContext, node: ts.CallExpression, view: llvm.Value, code: number): void {
  const { b, ir } = ctx;
  const [srcArg, offArg] = node.arguments;
  const srcType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(srcArg));
  const src = coerce(ctx, lowerExpr(ctx, srcArg), 'ref').value;
  const offset = numberArg(ctx, offArg, 0);
  const srcCode = typedArrayCode(srcType);
  const count = srcCode ? viewLength(ctx, src) : b.CreateFPToSI(arrayLength(ctx, src, 'number'), ir.i64);
  // ToIntegerOrInfinity(offset) must be ≥ 0 and offset + count ≤ length, else RangeError.
  const truncFn = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.trunc, [ir.f64]);
  const t = b.CreateSelect(b.CreateFCmpUNE(offset, offset), ir.f64Const(0), b.CreateCall(truncFn, [offset]));
  const fits = b.CreateAnd(b.CreateFCmpOGE(t, ir.f64Const(0)),
    b.CreateFCmpOLE(b.CreateFAdd(t, b.CreateUIToFP(count, ir.f64)), b.CreateUIToFP(viewLength(ctx, view), ir.f64)));
  const ok = ctx.newBlock('set.ok');
  const bad = ctx.newBlock('set.bad');
  b.CreateCondBr(fits, ok, bad);
  b.SetInsertPoint(bad);
  throwRangeError(ctx, 1);
  b.SetInsertPoint(ok);
  const size = ELEMENT_SIZES[code];
  const dst = b.CreateGEP(ir.i8, viewData(ctx, view), [b.CreateMul(b.CreateFPToUI(t, ir.i64), i64(ctx, size))]);
  if (srcCode) {
    copyElements(ctx, dst, code, viewData(ctx, src), srcCode, count);
  } else {
    const first = elementAddress(ctx, arrayParts(ctx, src, 'number'), i64(ctx, 0));
    b.CreateCall(ir.runtime('tsx_ta_from_f64', ir.void, [ir.ptr, ir.i32, ir.ptr, ir.i64]), [dst, i32(ctx, code), b.CreateBitCast(first, ir.ptr), count]);
  }
}

/** Raises one of the runtime's fixed RangeErrors (tsx_ta_range_error) and leaves. */
export function throwRangeError(ctx: FunctionContext, which: number): void {
  const ir = ctx.ir;
  ctx.b.CreateCall(ir.runtime('tsx_ta_range_error', ir.void, [ir.i32]), [i32(ctx, which)]);
  checkPending(ctx);
  ctx.b.CreateUnreachable();
}

function callbackMethod(ctx: FunctionContext, node: ts.CallExpression, name: string, view: llvm.Value, code: number): TypedValue {
  const { b, ir } = ctx;
  const kinds = functionTypeKinds(ctx, node.arguments[0]);
  const cb = coerce(ctx, lowerExpr(ctx, node.arguments[0]), 'ref').value;
  const self: TypedValue = { kind: 'ref', value: view };
  const num = (v: llvm.Value): TypedValue => ({ kind: 'number', value: v });
  const call = (i: llvm.Value, x: llvm.Value) => invoke(ctx, cb, kinds, [num(x), num(i), self]);
  switch (name) {
    case 'forEach':
      forEachElement(ctx, view, code, (i, x) => void call(i, x));
      return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
    case 'map': {
      const out = newTypedArray(ctx, code, viewLength(ctx, view));
      forEachElement(ctx, view, code, (i, x) => {
        const r = coerce(ctx, call(i, x), 'number').value;
        storeElement(ctx, viewData(ctx, out), code, b.CreateFPToSI(i, ir.i64), r);
      });
      return { kind: 'ref', value: out };
    }
    case 'filter': {
      const kept = newArray(ctx, 'number', i64(ctx, 0), i64(ctx, 4));
      forEachElement(ctx, view, code, (i, x) => {
        const keep = toBoolean(ctx, call(i, x));
        const yes = ctx.newBlock('filter.keep');
        const next = ctx.newBlock('filter.next');
        b.CreateCondBr(keep, yes, next);
        b.SetInsertPoint(yes);
        arrayPush(ctx, kept, 'number', [x]);
        b.CreateBr(next);
        b.SetInsertPoint(next);
      });
      return { kind: 'ref', value: typedArrayFromNumbers(ctx, code, kept) };
    }
  }
  return lowerSearchLoop(ctx, name as SearchName, typedElements(ctx, view, code), cb, kinds, kindOf(ctx, node));
}

/** A typed array as the shared callback loops read it (its elements as numbers). */
function typedElements(ctx: FunctionContext, view: llvm.Value, code: number): Elements {
  const { b, ir } = ctx;
  return {
    length: () => b.CreateUIToFP(viewLength(ctx, view), ir.f64),
    get: (i) => ({ kind: 'number', value: loadElement(ctx, viewData(ctx, view), code, b.CreateFPToSI(i, ir.i64)) }),
    kind: 'number',
    self: { kind: 'ref', value: view },
  };
}

function reduce(ctx: FunctionContext, node: ts.CallExpression, view: llvm.Value, code: number): TypedValue {
  return lowerReduceCall(ctx, node, typedElements(ctx, view, code), 'up');
}

/**
 * `sort(cmp)`: the elements as doubles in an F64 slots object, sorted by
 * the runtime's copy of V8's typed-array merge sort through the comparator,
 * then stored back.
 */
function sortWithComparator(ctx: FunctionContext, node: ts.CallExpression, view: llvm.Value, code: number): TypedValue {
  const { b, ir } = ctx;
  const copy = typedToArray(ctx, view, code);
  sortArray(ctx, node, copy, 'number', 'typed');
  const first = elementAddress(ctx, arrayParts(ctx, copy, 'number'), i64(ctx, 0));
  b.CreateCall(ir.runtime('tsx_ta_from_f64', ir.void, [ir.ptr, ir.i32, ir.ptr, ir.i64]), [viewData(ctx, view), i32(ctx, code), b.CreateBitCast(first, ir.ptr), viewLength(ctx, view)]);
  return { kind: 'ref', value: view };
}

export type IteratorMethod = 'keys' | 'values' | 'entries';

/** `ta.keys()`, `ta.values()`, `ta.entries()`: the typed array and the method. */
export function typedIteratorCall(checker: ts.TypeChecker, node: ts.Expression): { target: ts.Expression; method: IteratorMethod } | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.arguments.length) return undefined;
  const method = node.expression.name.text;
  if (method !== 'keys' && method !== 'values' && method !== 'entries') return undefined;
  const target = node.expression.expression;
  return typedArrayCode(checker.getNonNullableType(checker.getTypeAtLocation(target))) ? { target, method } : undefined;
}

/**
 * What for-of and spreading see of a typed array (or of its keys(), values()
 * or entries(), which only appear there): the length and the item at i.
 */
export function typedIteration(ctx: FunctionContext, node: ts.Expression): { length: () => llvm.Value; get: (i: llvm.Value) => TypedValue } | undefined {
  const call = typedIteratorCall(ctx.checker, node);
  const source = call ? call.target : node;
  const code = typedCodeOf(ctx, source);
  if (!code) return undefined;
  const { b, ir } = ctx;
  const view = coerce(ctx, lowerExpr(ctx, source), 'ref').value;
  const element = (i: llvm.Value): TypedValue => ({ kind: 'number', value: loadElement(ctx, viewData(ctx, view), code, b.CreateFPToSI(i, ir.i64)) });
  return {
    length: () => b.CreateUIToFP(viewLength(ctx, view), ir.f64),
    get: (i) => {
      if (call?.method === 'keys') return { kind: 'number', value: i };
      if (call?.method !== 'entries') return element(i);
      const pair = newArray(ctx, 'number', i64(ctx, 0), i64(ctx, 4));
      arrayPush(ctx, pair, 'number', [i, element(i).value]);
      return { kind: 'ref', value: pair };
    },
  };
}

// ---- hooks for the shared lowering modules ------------------------------------

/** `new ArrayBuffer(...)`, `new DataView(...)`, `new XArray(...)`; undefined for anything else. */
export function lowerBinaryDataNew(ctx: FunctionContext, node: ts.NewExpression): TypedValue | undefined {
  if (!ts.isIdentifier(node.expression)) return undefined;
  const decl = ctx.checker.getSymbolAtLocation(node.expression)?.declarations?.[0];
  if (!decl?.getSourceFile().isDeclarationFile) return undefined;
  const name = node.expression.text;
  if (name === 'ArrayBuffer') return lowerNewArrayBuffer(ctx, node);
  if (name === 'DataView') return lowerNewDataView(ctx, node);
  const code = TYPED_ARRAY_CODES[name];
  return code ? lowerNewTypedArray(ctx, node, code) : undefined;
}

/** A method call on a typed array, DataView or ArrayBuffer; undefined for other receivers. */
export function lowerBinaryDataCall(ctx: FunctionContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression): TypedValue | undefined {
  const { b, ir } = ctx;
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression));
  const code = typedArrayCode(type);
  if (code) return coerce(ctx, lowerTypedMethod(ctx, node, callee, code), kindOf(ctx, node) === 'void' ? 'void' : kindOf(ctx, node));
  if (isDataViewType(type)) return lowerDataViewMethod(ctx, node, callee);
  if (isArrayBufferType(type) && callee.name.text === 'slice') {
    const buffer = coerce(ctx, lowerExpr(ctx, callee.expression), 'ref').value;
    const start = numberArg(ctx, node.arguments[0], 0);
    const end = numberArg(ctx, node.arguments[1], Infinity);
    return { kind: 'ref', value: b.CreateCall(ir.runtime('tsx_buffer_slice', ir.ptr, [ir.ptr, ir.f64, ir.f64]), [buffer, start, end]) };
  }
  return undefined;
}

/** String(ta), `${ta}`, ta + "": its elements joined with commas. */
export function typedJoin(ctx: FunctionContext, view: llvm.Value, code: number): llvm.Value {
  const ir = ctx.ir;
  return ctx.b.CreateCall(ir.runtime('tsx_ta_join', ir.ptr, [ir.ptr, ir.i32, ir.i64, ir.ptr]), [viewData(ctx, view), i32(ctx, code), viewLength(ctx, view), ir.stringLiteral(',')]);
}
