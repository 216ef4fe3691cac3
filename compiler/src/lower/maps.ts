// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Map and Set over the runtime's insertion-ordered hash table (rt/map.zig):
// keys and values travel as tagged Values (SameValueZero is the runtime's),
// and are converted back to the static kinds TypeScript gives them.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { ObjectType, ShapeKind } from './typetable.js';
import { allocObject } from './classes.js';
import { coerce, constantValue, toValue, valueAbiArgs } from './values.js';
import { ValueTag } from './runtime.js';
import { lowerExpr } from './expressions.js';
import { callClosure, functionTypeKinds } from './closures.js';
import { checkPending } from './exceptions.js';
import { arrayElementKind, arrayGet, arrayLength, newArray, arrayPush } from './arrays.js';
import { forEachItem, itemPairKind, iterSource } from './iterables.js';
import { internalError } from './errors.js';
import { countUp } from './loops.js';

/** TypeDesc.flags bits: a Map (8) or a Set (16), for console.log. */
const FLAG_MAP = 8;
const FLAG_SET = 16;

export type Collection = 'Map' | 'Set';

export const MAP_METHODS = new Set(['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries', 'add']);

/** Map or Set when `type` is the library's Map<K, V> / Set<T>. */
export function collectionOf(type: ts.Type): Collection | undefined {
  const sym = type.getSymbol();
  const decl = sym?.declarations?.[0];
  if (!sym || !decl?.getSourceFile().isDeclarationFile) return undefined;
  return sym.name === 'Map' || sym.name === 'Set' ? sym.name : undefined;
}

function collectionType(pc: ProgramContext, which: Collection): ObjectType {
  const known = pc.types.all().find((t) => t.name === which);
  if (known) return known;
  return pc.types.add(which, [
    { name: 'size', kind: 'number' },
    { name: 'entries', kind: 'ref' },
    { name: 'index', kind: 'ref' },
    { name: 'used', kind: 'number' },
  ], which === 'Map' ? FLAG_MAP : FLAG_SET, undefined, ShapeKind.Internal);
}

function typeArgs(ctx: FunctionContext, type: ts.Type): ts.Type[] {
  return [...ctx.checker.getTypeArguments(type as ts.TypeReference)];
}

function call(ctx: FunctionContext, name: string, ret: llvm.Type, map: llvm.Value, values: llvm.Value[]): llvm.Value {
  const ir = ctx.ir;
  const fn = ir.runtime(name, ret, [ir.ptr, ...values.flatMap(() => [ir.i64, ir.i64])]);
  return ctx.b.CreateCall(fn, [map, ...values.flatMap((v) => valueAbiArgs(ctx, v))]);
}

/** A Value returned by the runtime as {i64 tag word, i64 bits}: back into a Value struct. */
function fromAbi(ctx: FunctionContext, pair: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const tag = b.CreateTrunc(b.CreateExtractValue(pair, [0]), ir.i32);
  let v: llvm.Value = llvm.UndefValue.get(ir.valueStruct);
  v = b.CreateInsertValue(v, tag, [0]);
  v = b.CreateInsertValue(v, llvm.ConstantInt.get(ir.i32, 0), [1]);
  return b.CreateInsertValue(v, b.CreateExtractValue(pair, [1]), [2]);
}

/** `new Map<K, V>(entries?)` / `new Set<T>(values?)` */
export function lowerNewCollection(ctx: FunctionContext, node: ts.NewExpression, which: Collection): TypedValue {
  const { b, ir } = ctx;
  const object = allocObject(ctx, collectionType(ctx.program, which));
  b.CreateCall(ir.runtime('tsx_map_init', ir.void, [ir.ptr]), [object]);
  const init = node.arguments?.[0];
  const src = init && iterSource(ctx.checker, init);
  if (init && !src) throw internalError(init, 'collection initialiser that is not iterable');
  if (src) {
    const pairKind = which === 'Map' ? itemPairKind(ctx, src) : undefined;
    forEachItem(ctx, src, (item) => {
      if (!pairKind) {
        call(ctx, 'tsx_map_set', ir.void, object, [toValue(ctx, item), constantValue(ctx, ValueTag.Undefined)]);
      } else {
        const pair = coerce(ctx, item, 'ref').value;
        const k = arrayGet(ctx, pair, pairKind, ir.f64Const(0));
        const v = arrayGet(ctx, pair, pairKind, ir.f64Const(1));
        call(ctx, 'tsx_map_set', ir.void, object, [toValue(ctx, k), toValue(ctx, v)]);
      }
    });
  }
  return { kind: 'ref', value: object };
}

function forEachIndex(ctx: FunctionContext, array: llvm.Value, elem: Kind, body: (item: TypedValue) => void): void {
  countUp(ctx, ctx.ir.f64Const(0), () => arrayLength(ctx, array, elem), (i) => body(arrayGet(ctx, array, elem, i)));
}

/** `m.size` */
export function collectionSize(ctx: FunctionContext, object: llvm.Value): TypedValue {
  const { b, ir } = ctx;
  const p = b.CreateBitCast(b.CreateGEP(ir.i8, object, [llvm.ConstantInt.get(ir.i64, 8)]), llvm.PointerType.get(ir.f64, 0));
  return { kind: 'number', value: b.CreateLoad(ir.f64, p) };
}

/** Iterates a Map or Set in insertion order: body(key, value) per live entry. */
export function iterateCollection(ctx: FunctionContext, object: llvm.Value, body: (key: llvm.Value, value: llvm.Value, exit: llvm.BasicBlock, next: llvm.BasicBlock) => void): void {
  const { b, ir } = ctx;
  const cursor = ctx.alloca(ir.i64, 'cursor');
  const keyOut = ctx.alloca(ir.valueStruct, 'key');
  const valueOut = ctx.alloca(ir.valueStruct, 'value');
  b.CreateStore(llvm.ConstantInt.get(ir.i64, 0), cursor);
  const test = ctx.newBlock('iter.test');
  const run = ctx.newBlock('iter.body');
  const done = ctx.newBlock('iter.done');
  b.CreateBr(test);
  b.SetInsertPoint(test);
  const next = ir.runtime('tsx_map_next', ir.i1, [ir.ptr, llvm.PointerType.get(ir.i64, 0), llvm.PointerType.get(ir.valueStruct, 0), llvm.PointerType.get(ir.valueStruct, 0)]);
  b.CreateCondBr(b.CreateCall(next, [object, cursor, keyOut, valueOut]), run, done);
  b.SetInsertPoint(run);
  body(b.CreateLoad(ir.valueStruct, keyOut), b.CreateLoad(ir.valueStruct, valueOut), done, test);
  if (!ctx.terminated()) b.CreateBr(test);
  b.SetInsertPoint(done);
}

/** `m.get(k)`, `m.set(k, v)`, `s.add(v)`, `has`, `delete`, `clear`, `forEach`. */
export function lowerCollectionMethod(ctx: FunctionContext, node: ts.CallExpression, name: string, object: llvm.Value, which: Collection, resultKind: Kind): TypedValue {
  const { b, ir } = ctx;
  const args = node.arguments;
  const arg = (i: number): llvm.Value => toValue(ctx, lowerExpr(ctx, args[i]));
  switch (name) {
    case 'get': {
      const raw = call(ctx, 'tsx_map_get', llvm.StructType.get(ir.context, [ir.i64, ir.i64]), object, [arg(0)]);
      return coerce(ctx, { kind: 'value', value: fromAbi(ctx, raw) }, resultKind);
    }
    case 'set':
    case 'add': {
      const k = arg(0);
      const v = which === 'Map' ? arg(1) : constantValue(ctx, ValueTag.Undefined);
      call(ctx, 'tsx_map_set', ir.void, object, [k, v]);
      return { kind: 'ref', value: object };
    }
    case 'has':
      return { kind: 'boolean', value: call(ctx, 'tsx_map_has', ir.i1, object, [arg(0)]) };
    case 'delete':
      return { kind: 'boolean', value: call(ctx, 'tsx_map_delete', ir.i1, object, [arg(0)]) };
    case 'clear':
      b.CreateCall(ir.runtime('tsx_map_clear', ir.void, [ir.ptr]), [object]);
      return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
    case 'forEach': {
      const { params, result } = functionTypeKinds(ctx, args[0]);
      const cb = coerce(ctx, lowerExpr(ctx, args[0]), 'ref').value;
      iterateCollection(ctx, object, (key, value) => {
        // (value, key, collection); a Set passes its value twice.
        const items: TypedValue[] = [
          { kind: 'value', value: which === 'Set' ? key : value },
          { kind: 'value', value: key },
          { kind: 'ref', value: object },
        ];
        callClosure(ctx, cb, params, result, params.map((k, i) => coerce(ctx, items[i], k).value));
        checkPending(ctx);
      });
      return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
    }
  }
  throw internalError(node, `${which}.prototype.${name}`);
}
