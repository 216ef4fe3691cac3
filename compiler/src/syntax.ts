// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Small helpers over TypeScript syntax shared by the checker and the lowering
// (the compiler API's own ts.skipParentheses is internal).

import ts from '#typescript';

/** `e` without the parentheses around it: `((x))` is `x`. */
export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}
