// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Two library members are typed 'any' in lib.es2020/es2021 although they hold
// arbitrary values: PromiseRejectedResult.reason and AggregateError.errors.
// tsxen reads them as 'unknown' and 'unknown[]' (spec/async.md), which is
// what they are; every other 'any' stays rejected. The refinement lives in
// the checker object both the subset checker and the lowering use, and only
// where TypeScript itself says 'any' (a narrowed `r.reason` keeps its type).

import ts from '#typescript';
import { skipParens } from '../syntax.js';

type CheckerWithArrays = ts.TypeChecker & { createArrayType(element: ts.Type): ts.Type };

/** A checker whose getTypeAtLocation reads those two members as unknown / unknown[]. */
export function withLibraryRefinements(checker: ts.TypeChecker): ts.TypeChecker {
  const own = checker.getTypeAtLocation.bind(checker);
  let unknownArray: ts.Type | undefined;
  const refined: ts.TypeChecker = Object.create(checker);
  const isLibraryMember = (node: ts.Node, name: string, owner: string): boolean => {
    if (!ts.isPropertyAccessExpression(node) || node.name.text !== name) return false;
    const sym = checker.getSymbolAtLocation(node.name);
    const parent = (sym?.declarations ?? [])[0]?.parent;
    return parent !== undefined && ts.isInterfaceDeclaration(parent) && parent.name.text === owner && parent.getSourceFile().isDeclarationFile;
  };
  const isErrors = (node: ts.Node): boolean => isLibraryMember(node, 'errors', 'AggregateError');
  refined.getTypeAtLocation = (node: ts.Node): ts.Type => {
    const type = own(node);
    if (type.flags & ts.TypeFlags.Any) {
      if (isLibraryMember(node, 'reason', 'PromiseRejectedResult')) return checker.getUnknownType();
      if (ts.isElementAccessExpression(node) && isErrors(skipParens(node.expression))) return checker.getUnknownType();
    } else if (isErrors(node)) {
      unknownArray ??= (checker as CheckerWithArrays).createArrayType(checker.getUnknownType());
      return unknownArray;
    }
    return type;
  };
  return refined;
}
