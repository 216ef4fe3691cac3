// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Object literals with getters or setters keep their accessors as closures in
// hidden slots (lower/literalaccessors.ts). Member reads and writes call
// them; what would list such an object's keys or copy its properties
// (console.log, which Node prints as `[Getter/Setter]`; JSON.stringify;
// Object.keys/values/entries; spread; rest; `in`) is rejected for any type
// such a literal can inhabit, found by assignability (closed world), through
// arrays, unions and members.

import ts from '#typescript';
import { isLiteralAccessor } from '../lower/captures.js';

/** The widened types of the program's literals with accessors. */
export function accessorLiteralTypes(checker: ts.TypeChecker, file: ts.SourceFile): ts.Type[] {
  const out: ts.Type[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n) && n.properties.some(isLiteralAccessor)) out.push(checker.getWidenedType(checker.getTypeAtLocation(n)));
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

/** Whether a value of `type` may be, or hold (in an element or member), a literal with accessors. */
export function mayHoldAccessorLiteral(checker: ts.TypeChecker, type: ts.Type, literals: readonly ts.Type[], shallow = false, depth = 0): boolean {
  if (literals.length === 0 || depth > 4) return false;
  if (type.isUnion()) return type.types.some((t) => mayHoldAccessorLiteral(checker, t, literals, shallow, depth + 1));
  if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return true;
  if (type.flags & ts.TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(type);
    return !c || c === type || mayHoldAccessorLiteral(checker, c, literals, shallow, depth + 1);
  }
  if (!(type.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive))) return false;
  if (literals.some((l) => checker.isTypeAssignableTo(l, type))) return true;
  if (shallow) return false;
  // Arrays, tuples, Map<K, V>, Set<T>, generic classes: what they hold.
  if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference &&
    checker.getTypeArguments(type as ts.TypeReference).some((t) => mayHoldAccessorLiteral(checker, t, literals, false, depth + 1))) return true;
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  if (type.getCallSignatures().length) return false;
  return type.getProperties().some((p) => mayHoldAccessorLiteral(checker, checker.getTypeOfSymbol(p), literals, false, depth + 1));
}
