// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Object literals whose member types are a generic function's own type
// parameters (`function swap<A, B>(p: Pair<A, B>): Pair<B, A> { return
// { first: p.second, second: p.first }; }`): the literal gets one layout for
// the generic declaration, while each monomorphised copy needs its own, and
// the result was misread (a miscompile). Until literals are laid out per
// instantiation, they are rejected; a class with those type parameters works.

import ts from '#typescript';

/** The generic function-like declaration `node` lies in (the nearest one), if any. */
function enclosingGenericFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) {
      if (n.typeParameters?.length) return n;
    }
    if (ts.isClassLike(n) || ts.isSourceFile(n)) return undefined;
  }
  return undefined;
}

function mentionsTypeParameter(type: ts.Type, depth = 0): boolean {
  if (type.flags & ts.TypeFlags.TypeParameter) return true;
  if (depth > 3) return false;
  if (type.isUnionOrIntersection()) return type.types.some((t) => mentionsTypeParameter(t, depth + 1));
  const args = (type as ts.TypeReference).typeArguments;
  return args?.some((t) => mentionsTypeParameter(t, depth + 1)) ?? false;
}

/** A member of `literal` typed by a type parameter of its enclosing generic function, if any. */
export function typeParameterMember(checker: ts.TypeChecker, literal: ts.ObjectLiteralExpression): ts.ObjectLiteralElementLike | undefined {
  if (!enclosingGenericFunction(literal)) return undefined;
  return literal.properties.find((p) => {
    if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return false;
    return mentionsTypeParameter(checker.getTypeAtLocation(p.name));
  });
}
