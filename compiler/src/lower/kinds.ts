// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The value kinds tsxen programs compute with, and how TypeScript types map to
// them. A type that maps to no kind is outside the subset.
//
//   number  — an f64, never boxed        boolean — an i1
//   string  — a pointer to a Str         ref     — a pointer to a heap object
//                                                  (class instance, object literal,
//                                                  array, closure)
//   value   — a tagged Value {tag, bits}: unions of different kinds, null, undefined
//   void    — no value (a function that returns nothing)

import ts from '#typescript';
import { isNullableRefUnion } from './nullableref.js';

export type Kind = 'number' | 'boolean' | 'string' | 'ref' | 'value' | 'void';

const UNSUPPORTED = ts.TypeFlags.Any | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.TypeParameter | ts.TypeFlags.Index | ts.TypeFlags.IndexedAccess |
  ts.TypeFlags.Conditional | ts.TypeFlags.Substitution;

/** Type parameters bound to kinds while a generic function's copy is lowered (generics.ts). */
let activeBinding: Map<ts.Type, Kind> = new Map();

/** Runs `f` with type parameters bound to kinds (bindings nest). */
export function withTypeParameterKinds<T>(binding: Map<ts.Type, Kind>, f: () => T): T {
  const outer = activeBinding;
  activeBinding = new Map([...outer, ...binding]);
  const keys = new Map([...(keysOf.get(outer) ?? []), ...(keysOf.get(binding) ?? [])]);
  if (keys.size) keysOf.set(activeBinding, keys);
  try {
    return f();
  } finally {
    activeBinding = outer;
  }
}

/**
 * The literal keys `keyof` type parameters are bound to (lower/indexedaccess.ts),
 * attached to a binding so that they travel wherever it does.
 */
const keysOf = new WeakMap<Map<ts.Type, Kind>, Map<ts.Type, string>>();

export function attachKeys(binding: Map<ts.Type, Kind>, keys: Map<ts.Type, string>): void {
  if (keys.size) keysOf.set(binding, keys);
}

/** The literal key a `keyof` type parameter is bound to in the copy being lowered. */
export function activeKey(t: ts.Type): string | undefined {
  return keysOf.get(activeBinding)?.get(t);
}

/** The literal keys of a binding, as text that tells copies apart. */
export function keysText(binding: Map<ts.Type, Kind>): string {
  const keys = keysOf.get(binding);
  return keys?.size ? `;${[...keys.values()].map((k) => JSON.stringify(k)).join(',')}` : '';
}

/** The bindings in force (closures created in a generic copy keep them for their bodies). */
export function currentTypeParameterKinds(): Map<ts.Type, Kind> {
  return activeBinding;
}

/** The kind of a TypeScript type, or undefined when tsxen cannot represent it. */
export function kindOfType(type: ts.Type): Kind | undefined {
  const f = type.flags;
  if (f & ts.TypeFlags.TypeParameter) {
    const bound = activeBinding.get(type);
    if (bound) return bound;
  }
  // T[K] in a copy whose K is bound to a literal key (indexedaccess.ts).
  if (f & ts.TypeFlags.IndexedAccess) {
    const bound = activeBinding.get(type);
    if (bound) return bound;
  }
  if (f & ts.TypeFlags.BooleanLike) return 'boolean'; // boolean is the union true | false
  // A narrowed type parameter (`T & {}` after a test against undefined) keeps T's representation.
  if (type.isIntersection()) {
    const param = type.types.find((t) => t.flags & ts.TypeFlags.TypeParameter && activeBinding.has(t));
    if (param) return activeBinding.get(param);
  }
  if (type.isUnion()) {
    const kinds = new Set<Kind | undefined>();
    for (const member of type.types) kinds.add(kindOfType(member));
    if (kinds.has(undefined)) return undefined;
    // `C | null`: a pointer where null is 0 (nullableref.ts).
    if (kinds.size === 2 && kinds.has('ref') && isNullableRefUnion(type, kindOfType)) return 'ref';
    if (kinds.size === 1) {
      const [k] = kinds;
      return k === 'void' ? 'value' : k;
    }
    return 'value';
  }
  // The polymorphic `this` type inside a class is a type parameter whose symbol is the class.
  if (f & ts.TypeFlags.TypeParameter && (type.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) return 'ref';
  if (f & UNSUPPORTED) return undefined;
  if (f & ts.TypeFlags.Unknown) return 'value'; // e.g. a catch variable: any Value fits
  if (f & ts.TypeFlags.Never) return 'void'; // a function that never returns; unreachable code
  if (f & ts.TypeFlags.NumberLike) return 'number';
  if (f & ts.TypeFlags.StringLike) return 'string';
  if (f & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) return 'value';
  if (f & ts.TypeFlags.Void) return 'void';
  // `unknown` narrowed past null and undefined is `{}` with no symbol: any
  // non-nullish value, numbers and strings included, so it stays a Value.
  if (f & ts.TypeFlags.Object && isNarrowedUnknown(type)) return 'value';
  if (f & ts.TypeFlags.Object) return 'ref';
  if (f & ts.TypeFlags.NonPrimitive) return undefined; // `object`: too loose to lay out
  return undefined;
}

/** The `{}` TypeScript narrows `unknown` to (object literals and type literals have a symbol). */
function isNarrowedUnknown(type: ts.Type): boolean {
  return !type.getSymbol() && type.getProperties().length === 0 && type.getCallSignatures().length === 0
    && type.getConstructSignatures().length === 0 && type.getStringIndexType() === undefined && type.getNumberIndexType() === undefined;
}

/** Kinds whose values are heap (or static) object addresses. */
export function isPointerKind(kind: Kind): boolean {
  return kind === 'string' || kind === 'ref';
}

/**
 * The kind a parameter is passed as. Optional and defaulted parameters travel
 * as Values so that a missing argument can arrive as undefined (the callee
 * then applies the default); rest parameters are arrays.
 */
export function paramKind(checker: ts.TypeChecker, p: ts.ParameterDeclaration): Kind | undefined {
  if (p.questionToken || p.initializer) return 'value';
  if (p.dotDotDotToken) return 'ref';
  const k = kindOfType(checker.getTypeAtLocation(p));
  return k && storageKind(k); // a `never` or `void` parameter holds undefined
}

/** The kind a variable of a type is stored as: `void` and `never` variables hold undefined, a Value. */
export function storageKind(kind: Kind): Kind {
  return kind === 'void' ? 'value' : kind;
}
