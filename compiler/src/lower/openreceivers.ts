// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Receivers typed by an "open" type: one that mentions a type parameter of a
// generic function (`c: Container<T>`, `x: T` with `T extends Comparable<T>`).
// TypeScript cannot say whether a class is assignable to Container<T> for
// some T, so the closed world is approximated: a shape may be the receiver
// when it has every required member the type names (checker), and, inside a
// generic copy, when each of those members has the representation the copy's
// binding gives it (lowering), so that no dispatch case needs a conversion
// between kinds that cannot meet at run time.

import ts from '#typescript';
import { Kind, kindOfType } from './kinds.js';

/** Whether `type` mentions a type parameter (not the polymorphic `this`). */
export function mentionsTypeParameter(checker: ts.TypeChecker, type: ts.Type, depth = 0): boolean {
  if (depth > 4) return false;
  if (type.flags & ts.TypeFlags.TypeParameter) return !((type.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class);
  if (type.isUnionOrIntersection()) return type.types.some((t) => mentionsTypeParameter(checker, t, depth + 1));
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  const obj = type as ts.ObjectType;
  if (obj.objectFlags & ts.ObjectFlags.Reference) {
    return checker.getTypeArguments(obj as ts.TypeReference).some((t) => mentionsTypeParameter(checker, t, depth + 1));
  }
  if (obj.objectFlags & ts.ObjectFlags.Anonymous) {
    return type.getCallSignatures().some((s) =>
      s.getParameters().some((p) => mentionsTypeParameter(checker, checker.getTypeOfSymbol(p), depth + 1)) ||
      mentionsTypeParameter(checker, s.getReturnType(), depth + 1)) ||
      type.getProperties().some((p) => mentionsTypeParameter(checker, checker.getTypeOfSymbol(p), depth + 1));
  }
  return false;
}

/** The members a value of an open type must have: its required properties and methods. */
function requiredMembers(checker: ts.TypeChecker, target: ts.Type): ts.Symbol[] {
  return checker.getPropertiesOfType(checker.getApparentType(target)).filter((p) => !(p.flags & ts.SymbolFlags.Optional));
}

/**
 * Whether a value of `source` may be a value of the open type `target`: it
 * has every required member `target` names (and is callable if it is).
 */
export function mayInhabitOpen(checker: ts.TypeChecker, source: ts.Type, target: ts.Type): boolean {
  if (target.isUnion()) return target.types.some((t) => mayInhabitOpen(checker, source, t));
  if (target.flags & ts.TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(target);
    return !c || c === target || mayInhabitOpen(checker, source, c);
  }
  if (!(target.flags & ts.TypeFlags.Object)) return false;
  if (target.getCallSignatures().length > 0 && source.getCallSignatures().length === 0) return false;
  return requiredMembers(checker, target).every((p) => source.getProperty(p.name) !== undefined);
}

/** The kinds a member travels in: a field's, or a method's parameters and result. */
function memberKinds(checker: ts.TypeChecker, type: ts.Type): (Kind | undefined)[] {
  const sig = type.getCallSignatures()[0];
  if (!sig) return [kindOfType(type)];
  const params = sig.getParameters().map((p) => {
    const decl = p.valueDeclaration;
    if (decl && ts.isParameter(decl) && (decl.questionToken || decl.initializer)) return 'value';
    return kindOfType(checker.getTypeOfSymbol(p));
  });
  return [kindOfType(sig.getReturnType()), ...params];
}

/**
 * Inside a generic copy: whether every member `target` names has, on
 * `source`, the representation the active binding gives it. A member whose
 * kind the binding does not determine is not compared.
 */
export function kindsAgree(checker: ts.TypeChecker, source: ts.Type, target: ts.Type): boolean {
  if (target.isUnion()) return target.types.some((t) => kindsAgree(checker, source, t));
  if (target.flags & ts.TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(target);
    return !c || c === target || kindsAgree(checker, source, c);
  }
  return requiredMembers(checker, target).every((p) => {
    const own = source.getProperty(p.name);
    if (!own) return false;
    const want = memberKinds(checker, checker.getTypeOfSymbol(p));
    const have = memberKinds(checker, checker.getTypeOfSymbol(own));
    return want.every((k, i) => i >= have.length || k === undefined || have[i] === undefined || k === have[i]);
  });
}
