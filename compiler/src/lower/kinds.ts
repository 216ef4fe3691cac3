// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The value kinds tsxen programs compute with, and how TypeScript types map to
// them. A type that maps to no kind is outside the subset.

import ts from 'typescript';

export type Kind = 'number' | 'boolean' | 'string' | 'void';

/** The kind of a TypeScript type, or undefined when tsxen cannot represent it. */
export function kindOfType(type: ts.Type): Kind | undefined {
  const f = type.flags;
  if (f & ts.TypeFlags.BooleanLike) return 'boolean'; // boolean is the union true | false
  if (type.isUnion()) {
    const kinds = new Set(type.types.map(kindOfType));
    if (kinds.size !== 1) return undefined;
    const [k] = kinds;
    return k === 'void' ? undefined : k;
  }
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.BigIntLike)) return undefined;
  if (f & ts.TypeFlags.NumberLike) return 'number';
  if (f & ts.TypeFlags.StringLike) return 'string';
  if (f & ts.TypeFlags.Void) return 'void';
  return undefined;
}

/** What `typeof` yields for a value of this kind. */
export function typeofName(kind: Kind): string {
  return kind === 'void' ? 'undefined' : kind;
}
