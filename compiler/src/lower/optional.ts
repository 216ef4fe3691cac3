// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Optional members a literal lacks: `const o: Options = { name: "e" }` gets a
// slot for each optional member of its contextual type that it does not
// define, holding a *hole* (a Value with tag undefined and bits HOLE) until
// the member is first written. A hole reads as undefined, is not `in` the
// object and is no key for console.log; a written member's Value keeps its
// write sequence in the `pad` word, so that console.log lists the members
// written after creation in the order JS added them (rt/inspect.zig,
// kind_optional).

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Slot } from './typetable.js';
import { ClassInfo, slotAddress } from './classes.js';
import { toValue } from './values.js';
import { literalMemberName } from './objects.js';
import { storeInHeap } from './barrier.js';

export const HOLE_BITS = 0xdead;

/** Optional members of the literal's contextual object type that the literal does not define. */
export function holeMembers(checker: ts.TypeChecker, node: ts.ObjectLiteralExpression): string[] {
  if (node.properties.some(ts.isSpreadAssignment)) return [];
  const context = checker.getContextualType(node);
  if (!context) return [];
  const objects = (context.isUnion() ? context.types : [context]).filter((t) => t.flags & ts.TypeFlags.Object);
  if (objects.length !== 1) return [];
  const own = new Set(node.properties.map(literalMemberName));
  return objects[0].getProperties()
    .filter((p) => (p.flags & ts.SymbolFlags.Optional) !== 0 && (p.flags & ts.SymbolFlags.Property) !== 0 && !own.has(p.name))
    .map((p) => p.name);
}

function holeValue(ctx: FunctionContext): llvm.Value {
  const ir = ctx.ir;
  return llvm.ConstantStruct.get(ir.valueStruct, [llvm.ConstantInt.get(ir.i32, 0), llvm.ConstantInt.get(ir.i32, 0), llvm.ConstantInt.get(ir.i64, HOLE_BITS)]);
}

export function storeHole(ctx: FunctionContext, object: llvm.Value, slot: Slot): void {
  ctx.b.CreateStore(holeValue(ctx), slotAddress(ctx, object, slot));
}

function isHole(ctx: FunctionContext, v: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  return b.CreateAnd(b.CreateICmpEQ(b.CreateExtractValue(v, [0]), llvm.ConstantInt.get(ir.i32, 0)),
    b.CreateICmpEQ(b.CreateExtractValue(v, [2]), llvm.ConstantInt.get(ir.i64, HOLE_BITS)));
}

/** The member's Value: undefined (bits 0, pad 0) for a hole. */
export function loadOptional(ctx: FunctionContext, object: llvm.Value, slot: Slot): TypedValue {
  const { b, ir } = ctx;
  const raw = b.CreateLoad(ir.valueStruct, slotAddress(ctx, object, slot));
  let v = b.CreateInsertValue(raw, llvm.ConstantInt.get(ir.i32, 0), [1]);
  v = b.CreateInsertValue(v, b.CreateSelect(isHole(ctx, raw), llvm.ConstantInt.get(ir.i64, 0), b.CreateExtractValue(raw, [2])), [2]);
  return { kind: 'value', value: v };
}

/** Whether the member is present (`"name" in o`). */
export function optionalPresent(ctx: FunctionContext, object: llvm.Value, slot: Slot): llvm.Value {
  const { b, ir } = ctx;
  return b.CreateNot(isHole(ctx, b.CreateLoad(ir.valueStruct, slotAddress(ctx, object, slot))));
}

/** Writes the member; the first write gives it the next write sequence among the shape's optional members. */
export function writeOptional(ctx: FunctionContext, object: llvm.Value, cls: ClassInfo, slot: Slot, v: TypedValue): void {
  const { b, ir } = ctx;
  const old = b.CreateLoad(ir.valueStruct, slotAddress(ctx, object, slot));
  let max: llvm.Value = llvm.ConstantInt.get(ir.i32, 0);
  for (const s of cls.type.slots.filter((x) => x.optional)) {
    const pad = b.CreateExtractValue(b.CreateLoad(ir.valueStruct, slotAddress(ctx, object, s)), [1]);
    max = b.CreateSelect(b.CreateICmpUGT(pad, max), pad, max);
  }
  const seq = b.CreateSelect(isHole(ctx, old), b.CreateAdd(max, llvm.ConstantInt.get(ir.i32, 1)), b.CreateExtractValue(old, [1]));
  storeInHeap(ctx, 'value', b.CreateInsertValue(toValue(ctx, v), seq, [1]), slotAddress(ctx, object, slot));
}
