// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Loose equality `==` / `!=` (ECMA-262 IsLooselyEqual) for operands of
// different kinds or tagged Values: null and undefined equal each other and
// nothing else; number, string and boolean compare as numbers; an object
// against a primitive compares through its string form (the subset checker
// rejects the operands whose objects would convert through a program-defined
// toString or valueOf). Operands of one non-Value kind compare as `===` does.

import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { callOnValues, makeValue, toValue, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import { strictEqualValues } from './strictequality.js';

export function looseEquals(ctx: FunctionContext, l: TypedValue, r: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  let lv = toValue(ctx, l);
  let rv = toValue(ctx, r);
  const tag = (v: llvm.Value): llvm.Value => valueTag(ctx, v);
  const c = (x: number): llvm.Value => llvm.ConstantInt.get(ir.i32, x);
  const done = ctx.newBlock('loose.done');
  const incoming: [llvm.Value, llvm.BasicBlock][] = [];
  const finish = (v: llvm.Value): void => {
    incoming.push([v, b.GetInsertBlock()!]);
    b.CreateBr(done);
  };
  // Objects become their string form first (ToPrimitive), unless both sides are objects (identity).
  const toPrimitive = (v: llvm.Value, other: llvm.Value): llvm.Value => {
    const convert = b.CreateAnd(b.CreateICmpEQ(tag(v), c(ValueTag.Object)), b.CreateICmpUGT(tag(other), c(ValueTag.Null)));
    const str = ctx.newBlock('loose.toprimitive');
    const join = ctx.newBlock('loose.primitive');
    const from = b.GetInsertBlock()!;
    b.CreateCondBr(b.CreateAnd(convert, b.CreateICmpNE(tag(other), c(ValueTag.Object))), str, join);
    b.SetInsertPoint(str);
    const s = makeValue(ctx, ValueTag.String, b.CreatePtrToInt(callOnValues(ctx, 'tsx_value_to_string', ir.ptr, [v]), ir.i64));
    b.CreateBr(join);
    b.SetInsertPoint(join);
    const phi = b.CreatePHI(ir.valueStruct, 2);
    phi.addIncoming(v, from);
    phi.addIncoming(s, str);
    return phi;
  };
  lv = toPrimitive(lv, rv);
  rv = toPrimitive(rv, lv);
  const same = ctx.newBlock('loose.same');
  const differ = ctx.newBlock('loose.differ');
  b.CreateCondBr(b.CreateICmpEQ(tag(lv), tag(rv)), same, differ);
  b.SetInsertPoint(same);
  finish(strictEqualValues(ctx, lv, rv));
  b.SetInsertPoint(differ);
  const lNullish = b.CreateICmpULE(tag(lv), c(ValueTag.Null));
  const rNullish = b.CreateICmpULE(tag(rv), c(ValueTag.Null));
  const nullish = ctx.newBlock('loose.nullish');
  const numeric = ctx.newBlock('loose.numeric');
  b.CreateCondBr(b.CreateOr(lNullish, rNullish), nullish, numeric);
  b.SetInsertPoint(nullish);
  finish(b.CreateAnd(lNullish, rNullish));
  b.SetInsertPoint(numeric);
  const ln = callOnValues(ctx, 'tsx_value_to_number', ir.f64, [lv]);
  const rn = callOnValues(ctx, 'tsx_value_to_number', ir.f64, [rv]);
  finish(b.CreateFCmpOEQ(ln, rn));
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.i1, incoming.length);
  for (const [v, bb] of incoming) phi.addIncoming(v, bb);
  return phi;
}
