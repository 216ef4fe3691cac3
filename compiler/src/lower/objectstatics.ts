// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Object.keys / Object.values / Object.entries / Object.fromEntries. Over a
// record (lower/records.ts) they walk its entries, which are kept in JS's
// property order. Over an enum object or an object whose shape is known (a
// literal's, or a class without subclasses) the keys are known at compile
// time, in JS's order: integer-like keys first, ascending, then the others
// in creation order (a numeric enum's reverse mappings are integer keys).

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { coerce } from './values.js';
import { lowerExpr } from './expressions.js';
import { arrayElementKind, arrayGet, arrayLength, arrayPush, newArray } from './arrays.js';
import { isDictionaryType, lowerRecordEnumeration, newRecord, recordKey, recordSet } from './records.js';
import { memberRead, receiverClasses } from './members.js';
import { loadOptional } from './optional.js';
import { countUp } from './loops.js';
import { internalError } from './errors.js';

export const OBJECT_STATICS = new Set(['Object.keys', 'Object.values', 'Object.entries', 'Object.fromEntries']);

export function isObjectStatic(name: string): boolean {
  return OBJECT_STATICS.has(name);
}

/** An array index key ("0", "17"): objects list these first, ascending. */
export function indexKey(k: string): number | undefined {
  return /^(0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 2 ** 32 - 1 ? Number(k) : undefined;
}

/** Keys in JS's own-property order. */
export function jsKeyOrder<T>(items: [string, T][]): [string, T][] {
  const ints = items.filter(([k]) => indexKey(k) !== undefined).sort((a, b) => indexKey(a[0])! - indexKey(b[0])!);
  return [...ints, ...items.filter(([k]) => indexKey(k) === undefined)];
}

/** The enum a value expression names (`Color` in `Object.keys(Color)`). */
export function enumOf(checker: ts.TypeChecker, node: ts.Expression): ts.EnumDeclaration | undefined {
  const decl = ts.isIdentifier(node) ? checker.getSymbolAtLocation(node)?.valueDeclaration : undefined;
  return decl && ts.isEnumDeclaration(decl) ? decl : undefined;
}

/** The own properties of an enum object: members, and for numeric members the reverse mapping. */
export function enumProperties(checker: ts.TypeChecker, decl: ts.EnumDeclaration): [string, string | number][] {
  const props = new Map<string, string | number>();
  for (const m of decl.members) {
    const name = (m.name as ts.Identifier | ts.StringLiteral).text;
    const v = checker.getConstantValue(m)!;
    props.set(name, v);
    if (typeof v === 'number') props.set(String(v), name);
  }
  return jsKeyOrder([...props]);
}

export function lowerObjectStatic(ctx: FunctionContext, name: string, node: ts.CallExpression): TypedValue {
  const { ir } = ctx;
  const which = name.slice('Object.'.length);
  const resultType = ctx.checker.getTypeAtLocation(node);
  const arg = node.arguments[0];
  if (which === 'fromEntries') {
    const source = coerce(ctx, lowerExpr(ctx, arg), 'ref').value;
    const argType = ctx.checker.getTypeAtLocation(arg);
    const elem = arrayElementKind(ctx.checker, argType)!;
    const pairType = ctx.checker.getTypeArguments(argType as ts.TypeReference)[0];
    const pairElem = arrayElementKind(ctx.checker, pairType)!;
    const rec = newRecord(ctx);
    countUp(ctx, ir.f64Const(0), () => arrayLength(ctx, source, elem), (i) => {
      const pair = coerce(ctx, arrayGet(ctx, source, elem, i), 'ref').value;
      const k = arrayGet(ctx, pair, pairElem, ir.f64Const(0));
      recordSet(ctx, rec, recordKey(ctx, k.kind === 'value' ? coerce(ctx, k, 'string') : k), arrayGet(ctx, pair, pairElem, ir.f64Const(1)));
    });
    return { kind: 'ref', value: rec };
  }
  const mode = which as 'keys' | 'values' | 'entries';
  const argType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(arg));
  if (isDictionaryType(ctx.checker, argType) && !enumOf(ctx.checker, arg)) {
    const rec = coerce(ctx, lowerExpr(ctx, arg), 'ref').value;
    return lowerRecordEnumeration(ctx, mode, rec, resultType, node);
  }
  const elem = arrayElementKind(ctx.checker, resultType);
  if (!elem) throw internalError(node, name);
  const itemType = ctx.checker.getTypeArguments(resultType as ts.TypeReference)[0];
  const pairElem = mode === 'entries' ? arrayElementKind(ctx.checker, itemType) ?? 'value' : 'value';
  const out = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
  const push = (key: string, value: () => TypedValue): void => {
    let item: TypedValue;
    if (mode === 'keys') item = { kind: 'string', value: ir.stringLiteral(key) };
    else if (mode === 'values') item = value();
    else {
      const pair = newArray(ctx, pairElem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 2));
      arrayPush(ctx, pair, pairElem, [coerce(ctx, { kind: 'string', value: ir.stringLiteral(key) }, pairElem).value, coerce(ctx, value(), pairElem).value]);
      item = { kind: 'ref', value: pair };
    }
    arrayPush(ctx, out, elem, [coerce(ctx, item, elem).value]);
  };
  const enumDecl = enumOf(ctx.checker, arg);
  if (enumDecl) {
    for (const [k, v] of enumProperties(ctx.checker, enumDecl)) {
      push(k, () => (typeof v === 'number' ? { kind: 'number', value: ir.f64Const(v) } : { kind: 'string', value: ir.stringLiteral(v) }));
    }
    return { kind: 'ref', value: out };
  }
  // Every shape that can be the argument has these own keys (the subset checker made sure); members are read by tag.
  const cls = receiverClasses(ctx, argType, node).find((c) => c.decl || c.type.shape !== 4)!;
  const object = coerce(ctx, lowerExpr(ctx, arg), 'ref').value;
  const slots = cls.type.slots.filter((s) => !cls.type.rawSlots.has(s.name) && !s.name.startsWith('#'));
  for (const [k, slot] of jsKeyOrder(slots.map((s): [string, typeof s] => [s.name, s]))) {
    push(k, () => (slot.optional ? loadOptional(ctx, object, slot) : { kind: slot.kind, value: memberRead(ctx, object, argType, k, slot.kind, node) }));
  }
  return { kind: 'ref', value: out };
}
