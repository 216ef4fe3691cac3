// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Records: objects used as dictionaries (`Record<K, T>`, `{ [k: string]: T }`).
// They are Map objects of the runtime (rt/map.zig) keyed by strings, whose
// insertion keeps JS's property order (integer-like keys first, ascending;
// rt/record.zig) and which console.log prints as plain objects. A literal
// becomes a record when its contextual type is one; the subset checker
// rejects any flow between records and fixed-shape objects.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { Kind } from './kinds.js';
import { ObjectType, ShapeKind } from './typetable.js';
import { allocObject } from './classes.js';
import { coerce, toValue, valueAbiArgs, valueTag, makeValue } from './values.js';
import { ValueTag } from './runtime.js';
import { lowerExpr } from './expressions.js';
import { toStringValue } from './conversions.js';
import { isArrayType, arrayElementKind, newArray, arrayPush } from './arrays.js';
import { collectionOf, iterateCollection } from './maps.js';
import { lowerClosure } from './closures.js';
import { internalError } from './errors.js';

/** Whether values of `type` are records (dictionaries) rather than fixed shapes. */
export function isDictionaryType(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (!(type.flags & ts.TypeFlags.Object) || isArrayType(checker, type) || collectionOf(type)) return false;
  if (type.aliasSymbol?.name === 'Record' && type.aliasSymbol.declarations?.[0]?.getSourceFile().isDeclarationFile) return true;
  if (type.getCallSignatures().length > 0) return false;
  // Library interfaces with index signatures (typed arrays, ArrayLike) are not records.
  const sym = type.getSymbol();
  if (sym && sym.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class) && sym.declarations?.some((d) => d.getSourceFile().isDeclarationFile)) return false;
  return checker.getIndexInfosOfType(type).length > 0;
}

/** The record type a literal is built as, from its context (`const r: Record<string, number> = {}`). */
export function dictionaryContext(checker: ts.TypeChecker, node: ts.Expression): ts.Type | undefined {
  const context = checker.getContextualType(node);
  if (!context) return undefined;
  const types = context.isUnion() ? context.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) : [context];
  return types.length === 1 && isDictionaryType(checker, types[0]) ? types[0] : undefined;
}

export function isDictionaryLiteral(checker: ts.TypeChecker, node: ts.ObjectLiteralExpression): boolean {
  return dictionaryContext(checker, node) !== undefined;
}

/** Whether a value of `type` in this position is a record: its own type is one, or it is a literal built as one. */
export function isRecordValue(checker: ts.TypeChecker, node: ts.Expression, type = checker.getTypeAtLocation(node)): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isObjectLiteralExpression(node)) return isDictionaryLiteral(checker, node);
  return isDictionaryType(checker, checker.getNonNullableType(type));
}

const FLAG_RECORD = 32;

export function recordType(pc: ProgramContext): ObjectType {
  const known = pc.types.all().find((t) => t.shape === ShapeKind.Record);
  if (known) return known;
  return pc.types.add('Object', [
    { name: 'size', kind: 'number' },
    { name: 'entries', kind: 'ref' },
    { name: 'index', kind: 'ref' },
    { name: 'used', kind: 'number' },
  ], FLAG_RECORD, undefined, ShapeKind.Record);
}

export function newRecord(ctx: FunctionContext): llvm.Value {
  const { b, ir } = ctx;
  const object = allocObject(ctx, recordType(ctx.program));
  b.CreateCall(ir.runtime('tsx_map_init', ir.void, [ir.ptr]), [object]);
  return object;
}

/** A property key as the string JS converts it to. */
export function recordKey(ctx: FunctionContext, key: TypedValue): llvm.Value {
  if (key.kind === 'string') return key.value;
  return toStringValue(ctx, key);
}

function keyValue(ctx: FunctionContext, key: llvm.Value): llvm.Value {
  return makeValue(ctx, ValueTag.String, ctx.b.CreatePtrToInt(key, ctx.ir.i64));
}

export function recordSet(ctx: FunctionContext, rec: llvm.Value, key: llvm.Value, v: TypedValue): void {
  const { b, ir } = ctx;
  const fn = ir.runtime('tsx_record_set', ir.void, [ir.ptr, ir.i64, ir.i64, ir.i64, ir.i64]);
  b.CreateCall(fn, [rec, ...valueAbiArgs(ctx, keyValue(ctx, key)), ...valueAbiArgs(ctx, toValue(ctx, v))]);
}

export function recordHas(ctx: FunctionContext, rec: llvm.Value, key: llvm.Value): TypedValue {
  const { b, ir } = ctx;
  const fn = ir.runtime('tsx_map_has', ir.i1, [ir.ptr, ir.i64, ir.i64]);
  return { kind: 'boolean', value: b.CreateCall(fn, [rec, ...valueAbiArgs(ctx, keyValue(ctx, key))]) };
}

/** The stored Value, undefined for a missing key. */
export function recordGetValue(ctx: FunctionContext, rec: llvm.Value, key: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const pairTy = llvm.StructType.get(ir.context, [ir.i64, ir.i64]);
  const pair = b.CreateCall(ir.runtime('tsx_map_get', pairTy, [ir.ptr, ir.i64, ir.i64]), [rec, ...valueAbiArgs(ctx, keyValue(ctx, key))]);
  let v: llvm.Value = llvm.UndefValue.get(ir.valueStruct);
  v = b.CreateInsertValue(v, b.CreateTrunc(b.CreateExtractValue(pair, [0]), ir.i32), [0]);
  v = b.CreateInsertValue(v, llvm.ConstantInt.get(ir.i32, 0), [1]);
  return b.CreateInsertValue(v, b.CreateExtractValue(pair, [1]), [2]);
}

/**
 * `a ?? d` where a's type is not nullable (a record read, typed T) and d's
 * type does not fit the expression's type, which TypeScript took from a alone.
 */
export function nullishFallbackDropped(checker: ts.TypeChecker, node: ts.BinaryExpression): boolean {
  if (node.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken) return false;
  const whole = checker.getTypeAtLocation(node);
  return !checker.isTypeAssignableTo(checker.getTypeAtLocation(node.right), whole);
}

/**
 * Positions that handle an undefined themselves (`r[k] ?? 0`, `r[k] === undefined`,
 * `if (r[k])`, console.log(r[k])): the read stays a Value there.
 */
export function toleratesUndefined(checker: ts.TypeChecker, node: ts.Expression): boolean {
  // Not `const v: T | undefined = r[k]`: TypeScript narrows v to T on that assignment, so its later uses would misread an undefined.
  let n: ts.Node = node;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    const SK = ts.SyntaxKind;
    // `r[k] ?? d` with d of another type: TypeScript types the whole as the values' type (dropping d's),
    // so only a position that itself takes a Value can carry d.
    if (p.left === n && op === SK.QuestionQuestionToken && nullishFallbackDropped(checker, p)) return toleratesUndefined(checker, p);
    if (p.left === n && (op === SK.QuestionQuestionToken || op === SK.BarBarToken || op === SK.AmpersandAmpersandToken)) return true;
    return op === SK.EqualsEqualsEqualsToken || op === SK.ExclamationEqualsEqualsToken || op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken;
  }
  if (ts.isPrefixUnaryExpression(p) && p.operator === ts.SyntaxKind.ExclamationToken) return true;
  if (ts.isTypeOfExpression(p) || ts.isTemplateSpan(p)) return true;
  if ((ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isConditionalExpression(p)) && (p as ts.IfStatement).expression === n) return true;
  if (ts.isConditionalExpression(p) && p.condition === n) return true;
  if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && ts.isIdentifier(p.expression.expression) &&
    p.expression.expression.text === 'console' && p.arguments.includes(n as ts.Expression)) return true;
  return false;
}

/** `r[k]` / `r.k`: the value, or undefined where the position handles it; elsewhere a missing key is a clean panic. */
export function recordRead(ctx: FunctionContext, rec: llvm.Value, key: llvm.Value, node: ts.Expression, kind: Kind): TypedValue {
  const { b, ir } = ctx;
  const v = recordGetValue(ctx, rec, key);
  if (kind === 'value' || toleratesUndefined(ctx.checker, node)) return { kind: 'value', value: v };
  const missing = ctx.newBlock('record.missing');
  const present = ctx.newBlock('record.present');
  b.CreateCondBr(b.CreateICmpEQ(valueTag(ctx, v), llvm.ConstantInt.get(ir.i32, ValueTag.Undefined)), missing, present);
  b.SetInsertPoint(missing);
  b.CreateCall(ir.runtime('tsx_record_missing', ir.void, []), []);
  b.CreateUnreachable();
  b.SetInsertPoint(present);
  return coerce(ctx, { kind: 'value', value: v }, kind);
}

/** The static key of a literal member (`a`, `"b c"`, `10`, `[Color.Red]` when constant), or undefined for a computed one. */
function staticKey(ctx: FunctionContext, name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}

/** `{ a: 1, [k]: v, ...other }` built as a record, members evaluated and stored in order. */
export function lowerRecordLiteral(ctx: FunctionContext, node: ts.ObjectLiteralExpression): TypedValue {
  const { ir } = ctx;
  const rec = newRecord(ctx);
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      const src = coerce(ctx, lowerExpr(ctx, p.expression), 'ref').value;
      iterateCollection(ctx, src, (k, v) => {
        ctx.b.CreateCall(ir.runtime('tsx_record_set', ir.void, [ir.ptr, ir.i64, ir.i64, ir.i64, ir.i64]), [rec, ...valueAbiArgs(ctx, k), ...valueAbiArgs(ctx, v)]);
      });
      continue;
    }
    const name = p.name!;
    const fixed = staticKey(ctx, name);
    const key = fixed !== undefined ? ir.stringLiteral(fixed) : recordKey(ctx, lowerExpr(ctx, (name as ts.ComputedPropertyName).expression));
    let v: TypedValue;
    if (ts.isPropertyAssignment(p)) v = lowerExpr(ctx, p.initializer);
    else if (ts.isShorthandPropertyAssignment(p)) v = lowerExpr(ctx, p.name);
    else if (ts.isMethodDeclaration(p)) v = lowerClosure(ctx, p as unknown as ts.FunctionExpression);
    else throw internalError(p, 'record literal member');
    recordSet(ctx, rec, key, v);
  }
  return { kind: 'ref', value: rec };
}

/** `Object.keys(r)`, `Object.values(r)`, `Object.entries(r)` over a record. */
export function lowerRecordEnumeration(ctx: FunctionContext, which: 'keys' | 'values' | 'entries', rec: llvm.Value, resultType: ts.Type, at: ts.Node): TypedValue {
  const { ir } = ctx;
  const elem = arrayElementKind(ctx.checker, resultType);
  if (!elem) throw internalError(at, 'Object.' + which);
  const out = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
  const itemType = ctx.checker.getTypeArguments(resultType as ts.TypeReference)[0];
  iterateCollection(ctx, rec, (k, v) => {
    let item: TypedValue;
    if (which === 'keys') item = { kind: 'value', value: k };
    else if (which === 'values') item = { kind: 'value', value: v };
    else {
      const pairElem = arrayElementKind(ctx.checker, itemType) ?? 'value';
      const pair = newArray(ctx, pairElem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 2));
      arrayPush(ctx, pair, pairElem, [coerce(ctx, { kind: 'value', value: k }, pairElem).value, coerce(ctx, { kind: 'value', value: v }, pairElem).value]);
      item = { kind: 'ref', value: pair };
    }
    arrayPush(ctx, out, elem, [coerce(ctx, item, elem).value]);
  });
  return { kind: 'ref', value: out };
}


/** Whether `node`'s object is a record (for `r[k]`, `r.k`, `k in r`). */
export function isRecordReceiver(ctx: FunctionContext, object: ts.Expression): boolean {
  const decl = ts.isIdentifier(object) ? ctx.checker.getSymbolAtLocation(object)?.valueDeclaration : undefined;
  if (decl && ts.isEnumDeclaration(decl)) return false;
  return isDictionaryType(ctx.checker, ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(object)));
}

function accessKey(ctx: FunctionContext, target: ts.PropertyAccessExpression | ts.ElementAccessExpression): llvm.Value {
  if (ts.isPropertyAccessExpression(target)) return ctx.ir.stringLiteral(target.name.text);
  return recordKey(ctx, lowerExpr(ctx, target.argumentExpression));
}

/** `r[k]` or `r.k` read on a record, or undefined when the object is not a record. */
export function lowerRecordAccess(ctx: FunctionContext, node: ts.PropertyAccessExpression | ts.ElementAccessExpression, kind: Kind): TypedValue | undefined {
  if (!isRecordReceiver(ctx, node.expression)) return undefined;
  const rec = coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value;
  return recordRead(ctx, rec, accessKey(ctx, node), node, kind);
}

/** The place `r[k]` / `r.k` for assignments (object and key evaluated once). */
export function recordPlace(ctx: FunctionContext, target: ts.Expression, kind: Kind): { read(): TypedValue; write(v: TypedValue): void } | undefined {
  if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) return undefined;
  if (!isRecordReceiver(ctx, target.expression)) return undefined;
  const rec = coerce(ctx, lowerExpr(ctx, target.expression), 'ref').value;
  const key = accessKey(ctx, target);
  return {
    read: () => recordRead(ctx, rec, key, target, kind),
    write: (v) => recordSet(ctx, rec, key, v),
  };
}

/** `k in r` on a record. */
export function lowerRecordIn(ctx: FunctionContext, node: ts.BinaryExpression): TypedValue | undefined {
  if (!isRecordReceiver(ctx, node.right)) return undefined;
  const key = recordKey(ctx, lowerExpr(ctx, node.left));
  const rec = coerce(ctx, lowerExpr(ctx, node.right), 'ref').value;
  return recordHas(ctx, rec, key);
}
