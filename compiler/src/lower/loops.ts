// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The counted loop that array code keeps needing: i from `start` while
// i < end(), where end is re-evaluated each time (an array may change length).

import llvm from 'llvm-bindings';
import { FunctionContext } from './context.js';

export function countUp(ctx: FunctionContext, start: llvm.Value, end: () => llvm.Value, body: (i: llvm.Value) => void): void {
  const { b, ir } = ctx;
  const counter = ctx.alloca(ir.f64, 'i');
  b.CreateStore(start, counter);
  const test = ctx.newBlock('count.test');
  const run = ctx.newBlock('count.body');
  const done = ctx.newBlock('count.done');
  b.CreateBr(test);
  b.SetInsertPoint(test);
  const i = b.CreateLoad(ir.f64, counter);
  b.CreateCondBr(b.CreateFCmpOLT(i, end()), run, done);
  b.SetInsertPoint(run);
  body(i);
  b.CreateStore(b.CreateFAdd(b.CreateLoad(ir.f64, counter), ir.f64Const(1)), counter);
  b.CreateBr(test);
  b.SetInsertPoint(done);
}
