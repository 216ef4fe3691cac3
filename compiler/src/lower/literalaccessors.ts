// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Getters and setters in object literals: `{ get x() {...}, set x(v) {...} }`.
// Each accessor is a closure (it may capture locals; its `this` is the
// literal, allocated before its closures as for literal methods) stored in a
// hidden slot of the literal's shape, `get x` / `set x`. A member read
// through any receiver type that such a literal may inhabit calls the getter
// closure; a write calls the setter. Nothing else sees the hidden slots: the
// subset checker rejects the operations that would list an object's keys or
// copy its properties (console.log, JSON.stringify, Object.keys..., spread,
// rest, `in`) on a type that such a literal can inhabit.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { ClassInfo, findSlot, loadSlot } from './classes.js';
import { Kind, paramKind } from './kinds.js';
import { callClosure, resultKind } from './closures.js';
import { coerce } from './values.js';
import { checkPending } from './exceptions.js';

/** The hidden slot that holds a literal's getter or setter closure for `name`. */
export function accessorSlotName(which: 'get' | 'set', name: string): string {
  return `${which} ${name}`;
}

/** The kind an accessor's value travels in: the getter's result, or the setter's parameter. */
function accessorKinds(ctx: FunctionContext, decl: ts.AccessorDeclaration): { result: Kind; param: Kind } {
  if (ts.isGetAccessorDeclaration(decl)) {
    const sig = ctx.checker.getSignatureFromDeclaration(decl)!;
    return { result: resultKind(ctx.checker.getReturnTypeOfSignature(sig)), param: 'void' };
  }
  const p = decl.parameters[0];
  return { result: 'void', param: (p && paramKind(ctx.checker, p)) ?? 'value' };
}

/** The literal each shape with accessors was made for. */
const literals = new WeakMap<ClassInfo, ts.ObjectLiteralExpression>();

export function rememberAccessorLiteral(shape: ClassInfo, node: ts.ObjectLiteralExpression): void {
  if (node.properties.some((p) => accessorField(p))) literals.set(shape, node);
}

/** The accessor declaration of literal shape `c` for `name`, if it has one. */
function accessorOf(c: ClassInfo, which: 'get' | 'set', name: string): ts.AccessorDeclaration | undefined {
  const lit = literals.get(c);
  return lit?.properties.find((p): p is ts.AccessorDeclaration =>
    (which === 'get' ? ts.isGetAccessorDeclaration(p) : ts.isSetAccessorDeclaration(p)) && !!p.name && memberName(p.name) === name);
}

function memberName(n: ts.PropertyName): string | undefined {
  return ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) ? n.text : undefined;
}

/** Whether literal shape `c` reads `name` through a getter. */
export function hasLiteralGetter(c: ClassInfo, name: string): boolean {
  return !!findSlot(c, accessorSlotName('get', name));
}

/** Whether literal shape `c` writes `name` through a setter. */
export function hasLiteralSetter(c: ClassInfo, name: string): boolean {
  return !!findSlot(c, accessorSlotName('set', name));
}

/** `o.name` on a literal with a getter: calls it, as `kind`. */
export function callLiteralGetter(ctx: FunctionContext, object: llvm.Value, c: ClassInfo, name: string, kind: Kind): llvm.Value {
  const decl = accessorOf(c, 'get', name)!;
  const closure = loadSlot(ctx, object, findSlot(c, accessorSlotName('get', name))!).value;
  const { result } = accessorKinds(ctx, decl);
  const v = callClosure(ctx, closure, [], result, []);
  checkPending(ctx); // a getter may throw
  return coerce(ctx, v, kind).value;
}

/** `o.name = v` on a literal with a setter: calls it. */
export function callLiteralSetter(ctx: FunctionContext, object: llvm.Value, c: ClassInfo, name: string, v: TypedValue): void {
  const decl = accessorOf(c, 'set', name)!;
  const closure = loadSlot(ctx, object, findSlot(c, accessorSlotName('set', name))!).value;
  const { param } = accessorKinds(ctx, decl);
  callClosure(ctx, closure, [param], 'void', [coerce(ctx, v, param).value]);
  checkPending(ctx); // a setter may throw
}

/** The hidden slot of an accessor member (for registering the literal's layout). */
export function accessorField(p: ts.ObjectLiteralElementLike): { name: string; kind: Kind } | undefined {
  if (!(ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) || !p.name) return undefined;
  const name = memberName(p.name);
  if (name === undefined) return undefined;
  return { name: accessorSlotName(ts.isGetAccessorDeclaration(p) ? 'get' : 'set', name), kind: 'ref' };
}
