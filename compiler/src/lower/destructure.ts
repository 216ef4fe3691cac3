// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Destructuring: array and object binding patterns (nested, with defaults and
// array rest elements) in declarations, parameters and for-of. A missing
// array element reads as undefined here (not a bounds panic), so that a
// default applies, as in JS.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { arrayElementKind, arrayGet, arrayLength, arrayPush, newArray } from './arrays.js';
import { coerce, toValue, valueOrUndefined, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import { kindOfType } from './kinds.js';
import { lowerExpr, lowerPlace } from './expressions.js';
import { memberRead } from './members.js';
import { internalError } from './errors.js';
import { countUp } from './loops.js';
import { lowerObjectRest } from './objectrest.js';

/** Binds every identifier in `name` from `value` (of static type `type`) through `bind`. */
export function bindPattern(
  ctx: FunctionContext,
  name: ts.BindingName,
  value: TypedValue,
  type: ts.Type,
  bind: (id: ts.Identifier, v: TypedValue) => void,
): void {
  if (ts.isIdentifier(name)) return bind(name, value);
  const { b, ir } = ctx;
  const object = coerce(ctx, value, 'ref').value;
  if (ts.isArrayBindingPattern(name)) {
    const elem = arrayElementKind(ctx.checker, type);
    if (!elem) throw internalError(name, 'array pattern over a non-array');
    name.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      const elType = ctx.checker.getTypeAtLocation(el);
      if (el.dotDotDotToken) {
        const rest = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
        countUp(ctx, ir.f64Const(i), () => arrayLength(ctx, object, elem), (k) => void arrayPush(ctx, rest, elem, [arrayGet(ctx, object, elem, k).value]));
        return bindPattern(ctx, el.name, { kind: 'ref', value: rest }, elType, bind);
      }
      const item = elementOrUndefined(ctx, object, elem, i);
      bindPattern(ctx, el.name, withDefault(ctx, item, el.initializer, kindOfType(elType) ?? 'value'), elType, bind);
    });
    return;
  }
  for (const el of name.elements) {
    if (el.dotDotDotToken) {
      bindPattern(ctx, el.name, lowerObjectRest(ctx, el, object, type), ctx.checker.getTypeAtLocation(el), bind);
      continue;
    }
    const key = el.propertyName ?? (el.name as ts.Identifier);
    const prop = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
    if (prop === undefined) throw internalError(el, 'computed key in a pattern');
    const elType = ctx.checker.getTypeAtLocation(el);
    const propSym = type.getProperty(prop);
    const propKind = (propSym && kindOfType(ctx.checker.getTypeOfSymbolAtLocation(propSym, el))) ?? 'value';
    const v = { kind: propKind, value: memberRead(ctx, object, type, prop, propKind, el) };
    bindPattern(ctx, el.name, withDefault(ctx, v, el.initializer, kindOfType(elType) ?? 'value'), elType, bind);
  }
}

/** Element i as a Value: undefined past the end. */
function elementOrUndefined(ctx: FunctionContext, object: llvm.Value, elem: ReturnType<typeof arrayElementKind> & string, i: number): TypedValue {
  const { b, ir } = ctx;
  const present = b.CreateFCmpOLT(ir.f64Const(i), arrayLength(ctx, object, elem));
  return valueOrUndefined(ctx, present, () => toValue(ctx, arrayGet(ctx, object, elem, ir.f64Const(i))));
}

/** `= default`: used when the value is undefined (only then, as in JS). */
function withDefault(ctx: FunctionContext, v: TypedValue, init: ts.Expression | undefined, kind: ReturnType<typeof kindOfType> & string): TypedValue {
  if (!init) return v;
  if (v.kind !== 'value') return v; // a non-union value is never undefined
  const { b, ir } = ctx;
  const useDefault = ctx.newBlock('pattern.default');
  const useValue = ctx.newBlock('pattern.value');
  const done = ctx.newBlock('pattern.done');
  b.CreateCondBr(b.CreateICmpEQ(valueTag(ctx, v.value), llvm.ConstantInt.get(ir.i32, ValueTag.Undefined)), useDefault, useValue);
  b.SetInsertPoint(useDefault);
  const d = toValue(ctx, lowerExpr(ctx, init));
  const dEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(useValue);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.valueStruct, 2);
  phi.addIncoming(d, dEnd);
  phi.addIncoming(v.value, useValue);
  void kind;
  return { kind: 'value', value: phi };
}

/** Whether `node` is the pattern on the left of a destructuring assignment (`[a, b] = ...`, `({ x } = ...)`). */
export function isAssignmentPattern(node: ts.Expression): node is ts.ArrayLiteralExpression | ts.ObjectLiteralExpression {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node);
}

/** Whether an object or array literal is (part of) an assignment pattern rather than a value. */
export function isInAssignmentPattern(node: ts.Node): boolean {
  let n: ts.Node = node;
  for (;;) {
    const p = n.parent;
    if (ts.isBinaryExpression(p)) {
      if (p.operatorToken.kind !== ts.SyntaxKind.EqualsToken || p.left !== n) return false;
      // `a = 1` inside a pattern is a target with a default: keep climbing.
      if (!ts.isArrayLiteralExpression(p.parent) && !ts.isPropertyAssignment(p.parent)) return true;
      n = p;
      continue;
    }
    if (ts.isParenthesizedExpression(p) || ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p) || ts.isSpreadAssignment(p) || ts.isObjectLiteralExpression(p)) { n = p; continue; }
    if (ts.isPropertyAssignment(p) && p.initializer === n) { n = p; continue; }
    if (ts.isShorthandPropertyAssignment(p)) { n = p; continue; }
    if (ts.isForOfStatement(p) && p.initializer === n) return true;
    return false;
  }
}

/** `pattern = value`: the value is evaluated first, then each target in order; the result is the value. */
export function lowerPatternAssignment(ctx: FunctionContext, node: ts.BinaryExpression): TypedValue {
  const value = lowerExpr(ctx, node.right);
  assignPattern(ctx, node.left, value, ctx.checker.getTypeAtLocation(node.right));
  return value;
}

function assignPattern(ctx: FunctionContext, target: ts.Expression, value: TypedValue, type: ts.Type): void {
  while (ts.isParenthesizedExpression(target)) target = target.expression;
  if (!isAssignmentPattern(target)) {
    const place = lowerPlace(ctx, target);
    place.write(value);
    return;
  }
  const { ir } = ctx;
  const object = coerce(ctx, value, 'ref').value;
  if (ts.isArrayLiteralExpression(target)) {
    const elem = arrayElementKind(ctx.checker, type);
    if (!elem) throw internalError(target, 'array pattern over a non-array');
    const elemType = ctx.checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? ctx.checker.getTypeAtLocation(target);
    target.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (ts.isSpreadElement(el)) {
        const rest = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, 4));
        countUp(ctx, ir.f64Const(i), () => arrayLength(ctx, object, elem), (k) => void arrayPush(ctx, rest, elem, [arrayGet(ctx, object, elem, k).value]));
        return assignPattern(ctx, el.expression, { kind: 'ref', value: rest }, type);
      }
      const [leaf, init] = splitDefault(el);
      const item = (): TypedValue => withDefault(ctx, elementOrUndefined(ctx, object, elem, i), init, kindOfType(ctx.checker.getTypeAtLocation(leaf)) ?? 'value');
      if (isAssignmentPattern(leaf)) return assignPattern(ctx, leaf, item(), elemType);
      // The target's reference is evaluated before the value is read, as in JS.
      const place = lowerPlace(ctx, leaf);
      place.write(item());
    });
    return;
  }
  for (const p of target.properties) {
    let prop: string;
    let leaf: ts.Expression;
    let init: ts.Expression | undefined;
    if (ts.isShorthandPropertyAssignment(p)) {
      prop = p.name.text;
      leaf = p.name;
      init = p.objectAssignmentInitializer;
    } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      prop = p.name.text;
      [leaf, init] = splitDefault(p.initializer);
    } else throw internalError(p, 'object assignment pattern member');
    const propSym = type.getProperty(prop);
    const propType = propSym ? ctx.checker.getTypeOfSymbolAtLocation(propSym, p) : ctx.checker.getTypeAtLocation(leaf);
    const propKind = kindOfType(propType) ?? 'value';
    const read = (): TypedValue => ({ kind: propKind, value: memberRead(ctx, object, type, prop, propKind, p) });
    if (isAssignmentPattern(leaf)) {
      assignPattern(ctx, leaf, withDefault(ctx, read(), init, 'value'), propType);
      continue;
    }
    // The target's reference is evaluated before the value is read, as in JS.
    const place = lowerPlace(ctx, leaf);
    place.write(withDefault(ctx, read(), init, kindOfType(ctx.checker.getTypeAtLocation(leaf)) ?? 'value'));
  }
}

/** `target = default` inside a pattern, or a bare target. */
function splitDefault(el: ts.Expression): [ts.Expression, ts.Expression | undefined] {
  if (ts.isBinaryExpression(el) && el.operatorToken.kind === ts.SyntaxKind.EqualsToken) return [el.left, el.right];
  return [el, undefined];
}

/** Whether an array literal is (inside) the right side of a destructuring assignment: its own type, not the pattern's, decides its layout. */
export function isPatternSource(node: ts.Expression): boolean {
  let n: ts.Node = node;
  while (ts.isArrayLiteralExpression(n.parent) || ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const p = n.parent;
  return ts.isBinaryExpression(p) && p.right === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && isAssignmentPattern(p.left);
}
