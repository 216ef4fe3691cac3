// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// `x.length` where `x: T` and T's constraint has a numeric `length`
// (`T extends { length: number }`, `T extends ArrayLike<unknown>`): called
// with strings, arrays and objects with a length field. The copy bound to
// strings reads the string's length (expressions.ts does); the reference copy
// dispatches on the tag over every array type (all keep their length, an
// f64, at the same offset: rt/ABI.md) and the classes and literals with a
// `length`; a copy bound to Values tests the Value's tag first.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { kindOfType } from './kinds.js';
import { ShapeKind } from './typetable.js';
import { ClassInfo, allClasses, loadTag, switchOnClassId } from './classes.js';
import { coerce, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import { lowerExpr } from './expressions.js';
import { arrayLength, arrayType } from './arrays.js';
import { memberRead } from './members.js';
import { stringLength } from './conversions.js';

/** Whether `type` is a type parameter whose constraint declares a numeric `length`. */
export function isLengthConstrained(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (!(type.flags & ts.TypeFlags.TypeParameter)) return false;
  const c = checker.getBaseConstraintOfType(type);
  if (!c || c === type) return false;
  const p = checker.getApparentType(c).getProperty('length');
  return !!p && (checker.getTypeOfSymbol(p).flags & ts.TypeFlags.NumberLike) !== 0;
}

/** `x.length` on a length-constrained type parameter, or undefined when `node` is not one. */
export function lowerConstrainedLength(ctx: FunctionContext, node: ts.PropertyAccessExpression): TypedValue | undefined {
  if (node.name.text !== 'length') return undefined;
  const type = ctx.checker.getTypeAtLocation(node.expression);
  if (!isLengthConstrained(ctx.checker, type)) return undefined;
  const kind = kindOfType(type);
  const { b, ir } = ctx;
  const v = lowerExpr(ctx, node.expression);
  if (kind === 'string') return { kind: 'number', value: b.CreateUIToFP(stringLength(ctx, coerce(ctx, v, 'string').value), ir.f64) };
  if (kind === 'ref') return { kind: 'number', value: objectLength(ctx, coerce(ctx, v, 'ref').value, type, node) };
  // A Value: a string or an object.
  const isString = b.CreateICmpEQ(valueTag(ctx, v.value), llvm.ConstantInt.get(ir.i32, ValueTag.String));
  const length = ctx.ifElse(isString, ir.f64, 'length',
    () => b.CreateUIToFP(stringLength(ctx, coerce(ctx, v, 'string').value), ir.f64),
    () => objectLength(ctx, coerce(ctx, v, 'ref').value, type, node));
  return { kind: 'number', value: length };
}

/** The length of an array, or the `length` member of a class instance or literal, by the object's tag. */
function objectLength(ctx: FunctionContext, object: llvm.Value, type: ts.Type, at: ts.Node): llvm.Value {
  const pc = ctx.program;
  // Array types are registered on first use: make every one exist, so that none registered later is missing here.
  for (const k of ['number', 'boolean', 'string', 'ref', 'value'] as const) arrayType(pc, k);
  const arrays = pc.types.all().filter((t) => t.shape === ShapeKind.Array);
  const constraint = ctx.checker.getBaseConstraintOfType(type)!;
  const shapes: ClassInfo[] = [...allClasses(pc), ...pc.literalShapes.values(), ...pc.parsedShapes.values()]
    .filter((c) => !c.abstract && (c.witnesses ?? [c.instanceType]).some((t) => ctx.checker.isTypeAssignableTo(t, constraint)));
  const cases = [
    ...(arrays.length ? [{ tags: arrays.map((t) => t.tag), emit: () => arrayLength(ctx, object, 'number') }] : []),
    ...shapes.map((c) => ({ tags: [c.type.tag], emit: () => memberRead(ctx, object, c.instanceType, 'length', 'number', at) })),
  ];
  return switchOnClassId(ctx, loadTag(ctx, object), 'number', cases)!;
}
