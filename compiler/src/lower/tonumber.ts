// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// ToNumber for the numeric unary operators (+x, -x, ~x) on any operand:
// strings parse (+"12" is 12, +" " is 0, +"x" is NaN), booleans are 0/1,
// undefined NaN, null 0, and objects go through ToPrimitive with hint
// "number": the class's own valueOf() when it has one, else its string form
// (toString(), or an array's joined elements: +[] is 0, +[7] is 7). The
// subset checker rejects unions whose objects the runtime could not convert.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { ClassInfo, resolveMethod, switchOnTag } from './classes.js';
import { callImpl, receiverClasses } from './members.js';
import { toNumber } from './builtins.js';
import { toStringOf } from './conversions.js';
import { arrayElementKind } from './arrays.js';
import { refIsNotNull, refMayBeNull } from './nullableref.js';

export function toNumberOf(ctx: FunctionContext, v: TypedValue, expr: ts.Expression): llvm.Value {
  if (v.kind !== 'ref') return toNumber(ctx, v);
  if (!refMayBeNull(ctx.checker.getTypeAtLocation(expr))) return objectToNumber(ctx, v, expr);
  // A null ref (nullableref.ts) is null: 0.
  const { b, ir } = ctx;
  const some = ctx.newBlock('tonumber.ref');
  const done = ctx.newBlock('tonumber.refdone');
  const entry = b.GetInsertBlock()!;
  b.CreateCondBr(refIsNotNull(ctx, v.value), some, done);
  b.SetInsertPoint(some);
  const n = objectToNumber(ctx, v, expr);
  const someEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.f64, 2);
  phi.addIncoming(ir.f64Const(0), entry);
  phi.addIncoming(n, someEnd);
  return phi;
}

function objectToNumber(ctx: FunctionContext, v: TypedValue, expr: ts.Expression): llvm.Value {
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(expr));
  const plain = arrayElementKind(ctx.checker, type) !== undefined || type.getCallSignatures().length > 0 || type.isUnion();
  const classes = plain ? [] : receiverClasses(ctx, type, expr);
  if (!classes.some((c) => resolveMethod(c, 'method:valueOf'))) return toNumber(ctx, { kind: 'string', value: toStringOf(ctx, v, expr) });
  const groups = new Map<string, ClassInfo[]>();
  for (const c of classes) {
    const m = resolveMethod(c, 'method:valueOf');
    const key = m ? `${m.owner.name}.valueOf` : 'toString';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return switchOnTag(ctx, v.value, 'number', [...groups.values()].map((members) => ({
    tags: members.map((c) => c.type.tag),
    emit: () => {
      const m = resolveMethod(members[0], 'method:valueOf');
      if (!m) return toNumber(ctx, { kind: 'string', value: toStringOf(ctx, v, expr) });
      return toNumber(ctx, callImpl(ctx, m, v.value, []));
    },
  })))!;
}
