// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which loops specloops.ts may version (spec/operators.md, "Speculative
// integer loops"): a `while`, `do` or `for` loop whose condition, update and
// body are pure integer code over number variables. Each statement of the
// body writes at most one variable, and only after evaluating its whole right
// side, so a statement can be abandoned half-way and re-run from its start by
// the ordinary lowering with the same result. Purely syntactic, plus a
// predicate (from the lowering) saying which variables may be kept in i64
// registers; the unit test drives it with its own predicate.

import ts from '#typescript';
import { COMPOUND } from './compoundops.js';
import { skipParens } from '../syntax.js';

export type SpeculableLoop = ts.WhileStatement | ts.DoStatement | ts.ForStatement;

export interface EligibleLoop {
  ok: true;
  /** Every variable the loop reads or writes, in first-use order. */
  touched: ts.Symbol[];
  /** The ones it writes (assignments and declarations). */
  written: Set<ts.Symbol>;
  /** The ones declared inside the loop (fresh per iteration). */
  declared: Set<ts.Symbol>;
}

export interface IneligibleLoop {
  ok: false;
  node: ts.Node;
  reason: string;
}

/** Integer literals beyond this are not exact doubles' neighbours we handle. */
const LIMIT = 2 ** 53;
const SK = ts.SyntaxKind;

const ARITHMETIC = new Set([SK.PlusToken, SK.MinusToken, SK.AsteriskToken, SK.SlashToken, SK.PercentToken,
  SK.AmpersandToken, SK.BarToken, SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken,
  SK.GreaterThanGreaterThanGreaterThanToken]);
const COMPARISON = new Set([SK.LessThanToken, SK.LessThanEqualsToken, SK.GreaterThanToken, SK.GreaterThanEqualsToken,
  SK.EqualsEqualsEqualsToken, SK.ExclamationEqualsEqualsToken, SK.EqualsEqualsToken, SK.ExclamationEqualsToken]);
/** `v op= e` and the operator it applies (`**=` is not integer arithmetic here). */
export const COMPOUND_ASSIGNMENT = new Map<ts.SyntaxKind, ts.SyntaxKind>(
  (Object.entries(COMPOUND) as [string, ts.SyntaxKind][])
    .filter(([, op]) => op !== SK.AsteriskAsteriskToken)
    .map(([assign, op]) => [Number(assign) as ts.SyntaxKind, op]),
);

export function isSpeculableLoopKind(node: ts.Node): node is SpeculableLoop {
  return ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node);
}

/** An integer literal the fast copy can hold exactly (|x| <= 2^53, so never -0). */
export function integerLiteral(e: ts.Expression): number | undefined {
  if (!ts.isNumericLiteral(e)) return undefined;
  const x = Number(e.text);
  return Number.isInteger(x) && Math.abs(x) <= LIMIT ? x : undefined;
}

class Fail {
  constructor(readonly node: ts.Node, readonly reason: string) {}
}

class Walker {
  readonly touched: ts.Symbol[] = [];
  readonly written = new Set<ts.Symbol>();
  readonly declared = new Set<ts.Symbol>();
  private readonly seen = new Set<ts.Symbol>();

  constructor(private readonly checker: ts.TypeChecker, private readonly isNumberVariable: (sym: ts.Symbol, id: ts.Identifier) => boolean) {}

  variable(id: ts.Identifier): ts.Symbol {
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym) throw new Fail(id, `'${id.text}' has no symbol`);
    const decl = sym.valueDeclaration;
    if (!decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl))) throw new Fail(id, `'${id.text}' is not a variable`);
    if (ts.isVariableDeclaration(decl) && !(decl.parent.flags & ts.NodeFlags.BlockScoped)) throw new Fail(id, `'${id.text}' is a var`);
    if (!this.isNumberVariable(sym, id)) throw new Fail(id, `'${id.text}' is not a number local`);
    if (!this.seen.has(sym)) {
      this.seen.add(sym);
      this.touched.push(sym);
    }
    return sym;
  }

  /** A number-valued pure expression. */
  number(e: ts.Expression): void {
    const u = skipParens(e);
    if (ts.isIdentifier(u)) return void this.variable(u);
    if (ts.isNumericLiteral(u)) {
      if (integerLiteral(u) === undefined) throw new Fail(u, `${u.text} is not an integer within 2^53`);
      return;
    }
    if (ts.isPrefixUnaryExpression(u) && (u.operator === SK.MinusToken || u.operator === SK.PlusToken || u.operator === SK.TildeToken)) return this.number(u.operand);
    if (ts.isBinaryExpression(u) && ARITHMETIC.has(u.operatorToken.kind)) {
      this.number(u.left);
      this.number(u.right);
      return;
    }
    throw new Fail(u, `${SK[u.kind]} is not a pure integer expression`);
  }

  /** A condition: comparisons, && || !, true/false, or a number's truthiness. */
  condition(e: ts.Expression): void {
    const u = skipParens(e);
    if (u.kind === SK.TrueKeyword || u.kind === SK.FalseKeyword) return;
    if (ts.isPrefixUnaryExpression(u) && u.operator === SK.ExclamationToken) return this.condition(u.operand);
    if (ts.isBinaryExpression(u)) {
      const op = u.operatorToken.kind;
      if (op === SK.AmpersandAmpersandToken || op === SK.BarBarToken) {
        this.condition(u.left);
        this.condition(u.right);
        return;
      }
      if (COMPARISON.has(op)) {
        this.number(u.left);
        this.number(u.right);
        return;
      }
    }
    this.number(u);
  }

  /** An expression statement or for-update: exactly one assignment to a number variable. */
  assignment(e: ts.Expression): void {
    const u = skipParens(e);
    if ((ts.isPrefixUnaryExpression(u) || ts.isPostfixUnaryExpression(u)) && (u.operator === SK.PlusPlusToken || u.operator === SK.MinusMinusToken)) {
      return this.target(u.operand);
    }
    if (ts.isBinaryExpression(u) && (u.operatorToken.kind === SK.EqualsToken || COMPOUND_ASSIGNMENT.has(u.operatorToken.kind))) {
      this.number(u.right);
      return this.target(u.left);
    }
    throw new Fail(u, `${SK[u.kind]} is not a single assignment`);
  }

  private target(e: ts.Expression): void {
    const u = skipParens(e);
    if (!ts.isIdentifier(u)) throw new Fail(u, 'assignment target is not a variable');
    const decl = this.checker.getSymbolAtLocation(u)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.parent.flags & ts.NodeFlags.Const) throw new Fail(u, `'${u.text}' is a const`);
    this.written.add(this.variable(u));
  }

  statement(s: ts.Statement): void {
    if (ts.isBlock(s)) return s.statements.forEach((t) => this.statement(t));
    if (ts.isEmptyStatement(s)) return;
    if (ts.isExpressionStatement(s)) return this.assignment(s.expression);
    if (ts.isIfStatement(s)) {
      this.condition(s.expression);
      this.statement(s.thenStatement);
      if (s.elseStatement) this.statement(s.elseStatement);
      return;
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
      if (s.label) throw new Fail(s, 'labelled jump');
      return;
    }
    if (ts.isVariableStatement(s)) return this.declarations(s, s.declarationList);
    if (isSpeculableLoopKind(s)) {
      // A nested loop (its own break/continue targets); a for's `let` is declared in the outer body.
      if (ts.isForStatement(s) && s.initializer) {
        if (ts.isVariableDeclarationList(s.initializer)) this.declarations(s, s.initializer);
        else this.assignment(s.initializer);
      }
      this.loop(s);
      return;
    }
    throw new Fail(s, `${SK[s.kind]} statement`);
  }

  /** A loop's test, update and body (not a for's initialiser). */
  loop(loop: SpeculableLoop): void {
    if (ts.isForStatement(loop)) {
      if (loop.condition) this.condition(loop.condition);
      if (loop.incrementor) this.assignment(loop.incrementor);
    } else {
      this.condition(loop.expression);
    }
    this.statement(loop.statement);
  }

  private declarations(s: ts.Node, list: ts.VariableDeclarationList): void {
    const binding = list.flags & ts.NodeFlags.BlockScoped;
    if (binding !== ts.NodeFlags.Let && binding !== ts.NodeFlags.Const) throw new Fail(s, 'not a let/const declaration');
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) throw new Fail(d, 'declaration is not `let x = e` of a number');
      this.number(d.initializer);
      const sym = this.variable(d.name);
      this.declared.add(sym);
      this.written.add(sym);
    }
  }
}

/** Whether `loop` can be versioned, and the variables it touches; or why not. */
export function loopEligibility(checker: ts.TypeChecker, loop: SpeculableLoop, isNumberVariable: (sym: ts.Symbol, id: ts.Identifier) => boolean): EligibleLoop | IneligibleLoop {
  const w = new Walker(checker, isNumberVariable);
  try {
    w.loop(loop);
  } catch (e) {
    if (e instanceof Fail) return { ok: false, node: e.node, reason: e.reason };
    throw e;
  }
  // A for loop's own `let i` lives outside the body (declared by the initializer, lowered first).
  return { ok: true, touched: w.touched, written: w.written, declared: w.declared };
}

/** Math functions whose result is an integer for integer arguments. */
const INTEGER_MATH = new Set(['floor', 'ceil', 'round', 'trunc', 'abs', 'imul', 'max', 'min', 'sign', 'clz32']);

/** A fractional literal (`1.5`) or a call of a Math function that yields fractions (`Math.sqrt`). */
function fractionalSource(e: ts.Node): ts.Node | undefined {
  if (ts.isNumericLiteral(e) && !Number.isInteger(Number(e.text))) return e;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Math' && !INTEGER_MATH.has(e.name.text)) return e;
  return ts.forEachChild(e, fractionalSource);
}

/**
 * Profitability, not correctness: a variable of `vars` that some definition
 * in `scope` gives a fraction literally (`const cr = 2 * x / n - 1.5`,
 * `v = Math.sqrt(w)`) makes the fast copy's entry check fail or deopt at once,
 * and versioning such a loop only costs code around the ordinary one.
 */
export function fractionalDefinition(checker: ts.TypeChecker, scope: ts.Node, vars: ts.Symbol[]): ts.Node | undefined {
  const wanted = new Set(vars);
  const defines = (target: ts.Node): boolean => {
    const sym = ts.isIdentifier(target) ? checker.getSymbolAtLocation(target) : undefined;
    return sym !== undefined && wanted.has(sym);
  };
  const visit = (node: ts.Node): ts.Node | undefined => {
    if (ts.isVariableDeclaration(node) && node.initializer && defines(node.name)) {
      const found = fractionalSource(node.initializer);
      if (found) return found;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= SK.FirstAssignment && node.operatorToken.kind <= SK.LastAssignment && defines(skipParens(node.left))) {
      const found = fractionalSource(node.right);
      if (found) return found;
    }
    return ts.forEachChild(node, visit);
  };
  return visit(scope);
}
