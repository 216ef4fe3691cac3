// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Destructuring: array and object binding patterns (nested, with defaults and
// array rest elements) in declarations, parameters and for-of. A missing
// array element reads as undefined here (not a bounds panic), so that a
// default applies, as in JS.

import ts from 'typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { arrayElementKind, arrayGet, arrayLength, arrayPush, newArray } from './arrays.js';
import { coerce, toValue, valueOrUndefined, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import { kindOfType } from './kinds.js';
import { lowerExpr } from './expressions.js';
import { memberRead } from './members.js';
import { internalError } from './errors.js';
import { countUp } from './loops.js';

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
    if (el.dotDotDotToken) throw internalError(el, 'object rest pattern');
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
