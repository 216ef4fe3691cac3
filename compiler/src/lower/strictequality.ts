// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Strict equality `===` of two tagged Values, inline. It was a call into rt
// (tsx_value_strict_equals) on every `x === null` of a nullable object, the
// hottest comparison of linked-structure programs. Inline, LLVM folds it
// when a side has a known tag: `x === null` becomes a tag compare, `ref ===
// value` a tag and pointer compare. Same semantics as the runtime's: tags
// must match; undefined/null are equal to themselves whatever their bits
// (an absent optional property is undefined with marker bits); numbers
// compare as doubles (NaN unequal, +0 === -0); strings by content (rt);
// booleans and objects by their bits.

import llvm from 'llvm-bindings';
import { FunctionContext } from './context.js';
import { valueBits, valueTag } from './values.js';
import { ValueTag } from './runtime.js';

export function strictEqualValues(ctx: FunctionContext, l: llvm.Value, r: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const c = (x: number): llvm.Value => llvm.ConstantInt.get(ir.i32, x);
  const lt = valueTag(ctx, l);
  const rt = valueTag(ctx, r);
  const lb = valueBits(ctx, l);
  const rb = valueBits(ctx, r);
  const sameTag = b.CreateICmpEQ(lt, rt);
  const numbersEqual = b.CreateFCmpOEQ(b.CreateBitCast(lb, ir.f64), b.CreateBitCast(rb, ir.f64));
  const bitsEqual = b.CreateOr(b.CreateICmpULE(lt, c(ValueTag.Null)), b.CreateICmpEQ(lb, rb));
  const simple = b.CreateAnd(sameTag, b.CreateSelect(b.CreateICmpEQ(lt, c(ValueTag.Number)), numbersEqual, bitsEqual));
  const strings = b.CreateAnd(sameTag, b.CreateICmpEQ(lt, c(ValueTag.String)));
  const entry = b.GetInsertBlock()!;
  const compare = ctx.newBlock('streq.strings');
  const done = ctx.newBlock('streq.done');
  b.CreateCondBr(strings, compare, done);
  b.SetInsertPoint(compare);
  const str = (bits: llvm.Value): llvm.Value => b.CreateIntToPtr(bits, ir.ptr);
  const byContent = b.CreateCall(ir.runtime('tsx_str_equals', ir.i1, [ir.ptr, ir.ptr]), [str(lb), str(rb)]);
  const compareEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.i1, 2);
  phi.addIncoming(simple, entry);
  phi.addIncoming(byContent, compareEnd);
  return phi;
}
