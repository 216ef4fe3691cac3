// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The LLVM module under construction, its common types, and declarations of
// the runtime's C ABI (rt/rt.zig). Layouts here must match rt/: a string is a
// 16-byte header {tag, gc, len, hash} followed by UTF-16 code units; a tagged
// Value is {tag: u32, pad: u32, bits: u64}.

import llvm from 'llvm-bindings';

export const TAG_STRING = 1;
export const GC_STATIC = 1;

export const enum ValueTag {
  Undefined = 0,
  Null = 1,
  Boolean = 2,
  Number = 3,
  String = 4,
  Object = 5,
}

export class IrModule {
  readonly context = new llvm.LLVMContext();
  readonly module: llvm.Module;
  readonly builder: llvm.IRBuilder;

  readonly f64: llvm.Type;
  readonly i1: llvm.IntegerType;
  readonly i8: llvm.IntegerType;
  readonly i16: llvm.IntegerType;
  readonly i32: llvm.IntegerType;
  readonly i64: llvm.IntegerType;
  readonly void: llvm.Type;
  /** Every heap reference (strings, later objects) is an i8* in the IR. */
  readonly ptr: llvm.PointerType;
  readonly valueStruct: llvm.StructType;

  private readonly functions = new Map<string, llvm.Function>();
  private readonly strings = new Map<string, llvm.Constant>();

  constructor(name: string) {
    this.module = new llvm.Module(name, this.context);
    this.module.setTargetTriple('x86_64-unknown-unknown-elf');
    this.module.setDataLayout('e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128');
    this.builder = new llvm.IRBuilder(this.context);
    const b = this.builder;
    this.f64 = b.getDoubleTy();
    this.i1 = b.getInt1Ty();
    this.i8 = b.getInt8Ty();
    this.i16 = b.getInt16Ty();
    this.i32 = b.getInt32Ty();
    this.i64 = b.getInt64Ty();
    this.void = b.getVoidTy();
    this.ptr = b.getInt8PtrTy();
    this.valueStruct = llvm.StructType.create(this.context, [this.i32, this.i32, this.i64], 'tsx.Value');
  }

  /** Declares (once) an external runtime function. */
  runtime(name: string, ret: llvm.Type, params: llvm.Type[]): llvm.Function {
    let fn = this.functions.get(name);
    if (!fn) {
      fn = llvm.Function.Create(llvm.FunctionType.get(ret, params, false), llvm.Function.LinkageTypes.ExternalLinkage, name, this.module);
      this.functions.set(name, fn);
    }
    return fn;
  }

  /** A string literal, laid out as the runtime's static string (interned per module). */
  stringLiteral(text: string): llvm.Constant {
    let c = this.strings.get(text);
    if (c) return c;
    const units: llvm.Constant[] = [];
    for (let i = 0; i < text.length; i++) units.push(llvm.ConstantInt.get(this.i16, text.charCodeAt(i)));
    const arrayTy = llvm.ArrayType.get(this.i16, text.length);
    // The header {tag: u32, gc: u32} is one i64 so that the literal is 8-byte aligned.
    const ty = llvm.StructType.get(this.context, [this.i64, this.i32, this.i32, arrayTy]);
    const init = llvm.ConstantStruct.get(ty, [
      llvm.ConstantInt.get(this.i64, TAG_STRING + GC_STATIC * 2 ** 32),
      llvm.ConstantInt.get(this.i32, text.length),
      llvm.ConstantInt.get(this.i32, 0),
      llvm.ConstantArray.get(arrayTy, units),
    ]);
    const g = new llvm.GlobalVariable(this.module, ty, true, llvm.Function.LinkageTypes.PrivateLinkage, init, 'str');
    c = llvm.ConstantExpr.getBitCast(g, this.ptr);
    this.strings.set(text, c);
    return c;
  }

  f64Const(x: number): llvm.Constant {
    return llvm.ConstantFP.get(this.f64, x);
  }
}
