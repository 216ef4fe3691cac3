// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Branch guards for the integer analysis (intvars.ts): a read of a variable
// that nothing ever writes after its definition (a parameter no statement
// assigns, a const) inside `n < 2 ? n : f(n - 1)`, the else of
// `if (n < 2)`, after `if (n < 2) return ...;`, the right of `&&`/`||` or the
// body of `while (n > 0)` only sees the values the guard let through. That is
// what bounds a recursion such as fib(n - 1): without it n's range grows down
// for ever. The narrowing assumes the variable is an integer (no NaN: then
// `!(n < 2)` is `n >= 2`), which is the hypothesis the fixpoint checks.

import ts from '#typescript';
import { skipParens } from '../syntax.js';

type Range = [number, number];
const SK = ts.SyntaxKind;

export interface GuardEnv {
  /** The range of an integer expression, or undefined. */
  rangeOf(e: ts.Expression): Range | undefined;
  /** Whether `e` names the guarded variable. */
  isVariable(e: ts.Expression): boolean;
}

/** Whether a statement always leaves its block (return or throw, possibly as a block's last statement). */
function alwaysExits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  if (ts.isBlock(s)) return s.statements.length > 0 && alwaysExits(s.statements[s.statements.length - 1]);
  return false;
}

/** The relation seen from the other operand: `a < b` is `b > a`. */
export const FLIP: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [SK.LessThanToken]: SK.GreaterThanToken,
  [SK.LessThanEqualsToken]: SK.GreaterThanEqualsToken,
  [SK.GreaterThanToken]: SK.LessThanToken,
  [SK.GreaterThanEqualsToken]: SK.LessThanEqualsToken,
  [SK.EqualsEqualsEqualsToken]: SK.EqualsEqualsEqualsToken,
  [SK.EqualsEqualsToken]: SK.EqualsEqualsToken,
  [SK.ExclamationEqualsEqualsToken]: SK.ExclamationEqualsEqualsToken,
  [SK.ExclamationEqualsToken]: SK.ExclamationEqualsToken,
};

const NEGATE: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [SK.LessThanToken]: SK.GreaterThanEqualsToken,
  [SK.LessThanEqualsToken]: SK.GreaterThanToken,
  [SK.GreaterThanToken]: SK.LessThanEqualsToken,
  [SK.GreaterThanEqualsToken]: SK.LessThanToken,
  [SK.EqualsEqualsEqualsToken]: SK.ExclamationEqualsEqualsToken,
  [SK.EqualsEqualsToken]: SK.ExclamationEqualsEqualsToken,
  [SK.ExclamationEqualsEqualsToken]: SK.EqualsEqualsEqualsToken,
  [SK.ExclamationEqualsToken]: SK.EqualsEqualsEqualsToken,
};

/** `r` narrowed by `variable rel o` holding, for integers. */
function restrict(r: Range, rel: ts.SyntaxKind, o: Range): Range {
  switch (rel) {
    case SK.LessThanToken: return [r[0], Math.min(r[1], o[1] - 1)];
    case SK.LessThanEqualsToken: return [r[0], Math.min(r[1], o[1])];
    case SK.GreaterThanToken: return [Math.max(r[0], o[0] + 1), r[1]];
    case SK.GreaterThanEqualsToken: return [Math.max(r[0], o[0]), r[1]];
    case SK.EqualsEqualsEqualsToken: return [Math.max(r[0], o[0]), Math.min(r[1], o[1])];
    case SK.ExclamationEqualsEqualsToken:
      if (o[0] !== o[1]) return r;
      return [r[0] === o[0] ? r[0] + 1 : r[0], r[1] === o[0] ? r[1] - 1 : r[1]];
  }
  return r;
}

/** `r` narrowed by `cond` having evaluated to `truth`. */
function applyCondition(cond: ts.Expression, truth: boolean, r: Range, env: GuardEnv): Range {
  cond = skipParens(cond);
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === SK.ExclamationToken) return applyCondition(cond.operand, !truth, r, env);
  if (!ts.isBinaryExpression(cond)) return r;
  const op = cond.operatorToken.kind;
  if ((op === SK.AmpersandAmpersandToken && truth) || (op === SK.BarBarToken && !truth)) {
    return applyCondition(cond.right, truth, applyCondition(cond.left, truth, r, env), env);
  }
  if (FLIP[op] === undefined) return r;
  let rel: ts.SyntaxKind;
  let other: ts.Expression;
  if (env.isVariable(skipParens(cond.left))) [rel, other] = [op, cond.right];
  else if (env.isVariable(skipParens(cond.right))) [rel, other] = [FLIP[op]!, cond.left];
  else return r;
  if (rel === SK.EqualsEqualsToken) rel = SK.EqualsEqualsEqualsToken;
  if (rel === SK.ExclamationEqualsToken) rel = SK.ExclamationEqualsEqualsToken;
  if (!truth) rel = NEGATE[rel]!;
  const o = env.rangeOf(other);
  return o && o[0] <= o[1] ? restrict(r, rel, o) : r;
}

/**
 * The range of the read `at` of a never-written variable whose values are
 * `r`, narrowed by the guards around it up to the enclosing function.
 */
export function narrowByGuards(at: ts.Node, r: Range, env: GuardEnv): Range {
  let child: ts.Node = at;
  for (let p = at.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (ts.isConditionalExpression(p)) {
      if (child === p.whenTrue) r = applyCondition(p.condition, true, r, env);
      else if (child === p.whenFalse) r = applyCondition(p.condition, false, r, env);
    } else if (ts.isIfStatement(p)) {
      if (child === p.thenStatement) r = applyCondition(p.expression, true, r, env);
      else if (child === p.elseStatement) r = applyCondition(p.expression, false, r, env);
    } else if (ts.isWhileStatement(p)) {
      if (child === p.statement) r = applyCondition(p.expression, true, r, env);
    } else if (ts.isBinaryExpression(p) && child === p.right) {
      if (p.operatorToken.kind === SK.AmpersandAmpersandToken) r = applyCondition(p.left, true, r, env);
      else if (p.operatorToken.kind === SK.BarBarToken) r = applyCondition(p.left, false, r, env);
    } else if (ts.isBlock(p)) {
      for (const s of p.statements) {
        if (s === child) break;
        // `if (c) return ...;` with no else: whatever follows runs only when c was false.
        if (ts.isIfStatement(s) && !s.elseStatement && alwaysExits(s.thenStatement)) r = applyCondition(s.expression, false, r, env);
      }
    }
    if (!(r[0] <= r[1])) return r;
  }
  return r;
}
