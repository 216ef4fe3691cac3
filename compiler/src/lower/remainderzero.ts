// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// `x % c === 0` (and !==, ==, !=, either side) on numbers, with c an integer
// literal: a divisibility test, lowered without building the remainder as a
// double (intrange.remainderIsZero). With x a double that no range bounds
// (collatz's n), the general `%` is a conversion, a sign fix-up and a select
// chain on every step.

import ts from '#typescript';
import { skipParens } from '../syntax.js';
import { FunctionContext, TypedValue } from './context.js';
import { kindOf, lowerExpr } from './expressions.js';
import { remainderIsZero } from './intrange.js';
import { coerce } from './values.js';

const SK = ts.SyntaxKind;
const MAX_DIVISOR = 2 ** 31;

function isZeroLiteral(e: ts.Expression): boolean {
  const u = skipParens(e);
  return ts.isNumericLiteral(u) && Number(u.text) === 0;
}

/** The `x % c` of `x % c === 0`, with its divisor, when `node` is such a test. */
function divisibilityTest(ctx: FunctionContext, node: ts.BinaryExpression): { dividend: ts.Expression; divisor: number } | undefined {
  const op = node.operatorToken.kind;
  if (op !== SK.EqualsEqualsEqualsToken && op !== SK.ExclamationEqualsEqualsToken && op !== SK.EqualsEqualsToken && op !== SK.ExclamationEqualsToken) return undefined;
  const other = isZeroLiteral(node.right) ? node.left : isZeroLiteral(node.left) ? node.right : undefined;
  if (!other) return undefined;
  const rem = skipParens(other);
  if (!ts.isBinaryExpression(rem) || rem.operatorToken.kind !== SK.PercentToken) return undefined;
  const d = skipParens(rem.right);
  if (!ts.isNumericLiteral(d)) return undefined;
  const divisor = Number(d.text);
  if (!Number.isInteger(divisor) || divisor < 1 || divisor > MAX_DIVISOR) return undefined;
  // `(v as number) % 2`: a Value the operators convert first (expressions.ts operand()).
  const dividend = skipParens(rem.left);
  if (ts.isAsExpression(dividend) || ts.isTypeAssertionExpression(dividend)) return undefined;
  if (kindOf(ctx, rem.left) !== 'number') return undefined;
  return { dividend: rem.left, divisor };
}

/** The test as a boolean, or undefined when `node` is not one. */
export function lowerDivisibilityTest(ctx: FunctionContext, node: ts.BinaryExpression): TypedValue | undefined {
  const test = divisibilityTest(ctx, node);
  if (!test) return undefined;
  const x = coerce(ctx, lowerExpr(ctx, test.dividend), 'number');
  const zero = remainderIsZero(ctx, x.value, test.divisor);
  const op = node.operatorToken.kind;
  const negated = op === SK.ExclamationEqualsEqualsToken || op === SK.ExclamationEqualsToken;
  return { kind: 'boolean', value: negated ? ctx.b.CreateNot(zero) : zero };
}
