// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The number remainder `a % b`. JS's % is C's fmod (LLVM frem), but frem is a
// call into the runtime's fmod, a bit-by-bit long division that dominated
// programs hashing with `% m` (richards, maps). When both operands are
// integers that fit a machine integer, an integer remainder gives the same
// result: its sign is the dividend's, and copysign restores -0 (`-4 % 2` is
// -0). Anything else (fractions, NaN, infinities, a zero divisor, huge
// magnitudes) takes frem.

import llvm from 'llvm-bindings';
import { FunctionContext } from './context.js';

const TWO_31 = 2147483648;
const TWO_53 = 9007199254740992;

export function numberRemainder(ctx: FunctionContext, a: llvm.Value, d: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const fabs = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.fabs, [ir.f64]);
  const copysign = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.copysign, [ir.f64]);
  const absA = b.CreateCall(fabs, [a]);
  const absD = b.CreateCall(fabs, [d]);
  const below = (limit: number): llvm.Value =>
    b.CreateAnd(b.CreateFCmpOLT(absA, llvm.ConstantFP.get(ir.f64, limit)), b.CreateFCmpOLT(absD, llvm.ConstantFP.get(ir.f64, limit)));

  const small = ctx.newBlock('rem.i32');
  const medium = ctx.newBlock('rem.range64');
  const wide = ctx.newBlock('rem.i64');
  const slow = ctx.newBlock('rem.frem');
  const done = ctx.newBlock('rem.done');
  const incoming: [llvm.Value, llvm.BasicBlock][] = [];

  b.CreateCondBr(below(TWO_31), small, medium);
  b.SetInsertPoint(medium);
  b.CreateCondBr(below(TWO_53), wide, slow);

  // In range, fptosi is defined; the round trip tells whether the operand is an integer.
  const integerPath = (block: llvm.BasicBlock, type: llvm.IntegerType, name: string): void => {
    b.SetInsertPoint(block);
    const ai = b.CreateFPToSI(a, type);
    const di = b.CreateFPToSI(d, type);
    const exact = b.CreateAnd(
      b.CreateAnd(b.CreateFCmpOEQ(b.CreateSIToFP(ai, ir.f64), a), b.CreateFCmpOEQ(b.CreateSIToFP(di, ir.f64), d)),
      b.CreateICmpNE(di, llvm.ConstantInt.get(type, 0)));
    const fast = ctx.newBlock(name);
    b.CreateCondBr(exact, fast, slow);
    b.SetInsertPoint(fast);
    // |a| < 2^31 (2^53): srem cannot overflow (no INT_MIN / -1).
    const r = b.CreateSIToFP(b.CreateSRem(ai, di), ir.f64);
    incoming.push([b.CreateCall(copysign, [r, a]), fast]);
    b.CreateBr(done);
  };
  integerPath(small, ir.i32, 'rem.srem32');
  integerPath(wide, ir.i64, 'rem.srem64');

  b.SetInsertPoint(slow);
  incoming.push([b.CreateFRem(a, d), slow]);
  b.CreateBr(done);

  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.f64, incoming.length);
  for (const [v, block] of incoming) phi.addIncoming(v, block);
  return phi;
}
