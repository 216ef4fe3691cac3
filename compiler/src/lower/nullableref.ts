// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Nullable references (`Packet | null`, `Task[] | null`, `T | null` with T
// bound to references): kind 'ref', a plain pointer where null is 0, instead
// of a 16-byte tagged Value (rt/ABI.md, "Values"). Only the single-nullish
// case: `C | undefined` and `C | null | undefined` stay Values, so a 0
// pointer always means null. The rule looks at kinds only, so that a generic
// copy (`(T | null)[]` with T bound to 'ref') lays out what its caller passes
// (`(Item | null)[]`).
//
// Every 'ref' may therefore be 0 where the program's types allow null: the
// places that look at a ref check for it (values.ts toValue, conversions.ts
// toBoolean and toString, tonumber.ts, typeof, `x!`, `?.`, `??`, instanceof,
// type assertions, join).

import ts from '#typescript';
import llvm from 'llvm-bindings';
import type { FunctionContext } from './context.js';

/** Whether a union is references (`kindOf` gives the members' kinds) and exactly `null`. */
export function isNullableRefUnion(type: ts.UnionType, kindOf: (t: ts.Type) => string | undefined): boolean {
  let nulls = 0;
  let refs = 0;
  for (const t of type.types) {
    if (t.flags & ts.TypeFlags.Null) nulls++;
    else if (kindOf(t) === 'ref') refs++;
    else return false;
  }
  return nulls === 1 && refs > 0;
}

/** Whether a ref of static type `type` may be null (0) here. Type parameters may be bound to nullable refs. */
export function refMayBeNull(type: ts.Type | undefined): boolean {
  if (!type) return true;
  if (type.flags & (ts.TypeFlags.Null | ts.TypeFlags.TypeParameter | ts.TypeFlags.IndexedAccess)) return true;
  if (type.isUnion() || type.isIntersection()) return type.types.some(refMayBeNull);
  return false;
}

/** Whether `type` itself names null (not through a type parameter). */
export function admitsNull(type: ts.Type): boolean {
  return type.isUnion() ? type.types.some((t) => (t.flags & ts.TypeFlags.Null) !== 0) : (type.flags & ts.TypeFlags.Null) !== 0;
}

/** `p != 0` for a ref. */
export function refIsNotNull(ctx: FunctionContext, p: llvm.Value): llvm.Value {
  return ctx.b.CreateICmpNE(p, llvm.Constant.getNullValue(ctx.ir.ptr));
}
