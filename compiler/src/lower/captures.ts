// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which local variables closures capture, and how: by value (copied into the
// closure when it is created: safe for a const or never-assigned parameter
// that is initialised before the closure exists) or by box (a heap cell that
// the declaring scope and every closure share, so writes are seen by all).

import ts from '#typescript';

export type CaptureMode = 'value' | 'box';

export type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

export interface CaptureInfo {
  /** How each captured local is captured (absent: not captured). */
  modes: Map<ts.Symbol, CaptureMode>;
  /** Per closure: the captured symbols in slot order, and whether it captures `this`. */
  closures: Map<ts.Node, { symbols: ts.Symbol[]; capturesThis: boolean }>;
}

export function isFunctionLike(node: ts.Node): node is FunctionLike {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || isLiteralAccessor(node);
}

/** `get x() {...}` / `set x(v) {...}` in an object literal: closures stored in the literal (lower/literalaccessors.ts). */
export function isLiteralAccessor(node: ts.Node): node is ts.AccessorDeclaration {
  return (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isObjectLiteralExpression(node.parent);
}

/** A closure: a function-like node that is not a top-level function declaration. */
export function isClosure(node: ts.Node): node is FunctionLike {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || (ts.isFunctionDeclaration(node) && !ts.isSourceFile(node.parent)) ||
    (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent)) || isLiteralAccessor(node);
}

export function analyseCaptures(checker: ts.TypeChecker, file: ts.SourceFile): CaptureInfo {
  const modes = new Map<ts.Symbol, CaptureMode>();
  const closures = new Map<ts.Node, { symbols: ts.Symbol[]; capturesThis: boolean }>();
  const assigned = assignedSymbols(checker, file);

  const visitClosure = (closure: FunctionLike): void => {
    const symbols: ts.Symbol[] = [];
    let capturesThis = false;
    const walk = (node: ts.Node): void => {
      // An object-literal method's `this` is the literal it is defined in (lower/objects.ts): captured like an arrow's.
      if (node.kind === ts.SyntaxKind.ThisKeyword && (ts.isArrowFunction(closure) || isLiteralMethod(closure)) && !insideNonArrow(node, closure)) capturesThis = true;
      if (ts.isIdentifier(node) && !isMemberName(node)) {
        const sym = checker.getSymbolAtLocation(node);
        const decl = sym?.valueDeclaration;
        if (sym && decl && isLocal(decl) && !isInside(decl, closure) && !symbols.includes(sym) && !isTypePosition(node)) {
          symbols.push(sym);
          const byValue = canCaptureByValue(sym, decl, closure, assigned);
          if (!byValue) modes.set(sym, 'box');
          else if (!modes.has(sym)) modes.set(sym, 'value');
        }
      }
      ts.forEachChild(node, walk);
    };
    if (closure.body) walk(closure.body);
    for (const p of closure.parameters) if (p.initializer) walk(p.initializer);
    closures.set(closure, { symbols, capturesThis });
  };
  const visit = (node: ts.Node): void => {
    if (isClosure(node)) visitClosure(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  // A closure nested in another captures through it: the outer closure must carry the
  // inner one's captures that are declared outside the outer one.
  for (const [node, info] of closures) {
    for (let p = node.parent; p; p = p.parent) {
      const outer = closures.get(p);
      if (!outer) continue;
      for (const sym of info.symbols) {
        const decl = sym.valueDeclaration!;
        if (!isInside(decl, p) && !outer.symbols.includes(sym)) outer.symbols.push(sym);
      }
      // A literal method's `this` is its own literal, not the enclosing function's.
      if (info.capturesThis && ts.isArrowFunction(p) && !isLiteralMethod(node) && !literalMethodBetween(node, p)) outer.capturesThis = true;
    }
  }
  return { modes, closures };
}

/**
 * A local (captured through the closure) rather than a module global: every
 * variable, parameter and nested function except the module's own top-level
 * declarations, which live in globals.
 */
function isLocal(decl: ts.Declaration): boolean {
  if (ts.isParameter(decl)) return true;
  if (ts.isFunctionExpression(decl)) return true; // a named function expression's own name
  if (ts.isFunctionDeclaration(decl)) return !ts.isSourceFile(decl.parent);
  if (ts.isBindingElement(decl)) {
    let root: ts.Node = decl;
    while (ts.isBindingElement(root) || ts.isObjectBindingPattern(root) || ts.isArrayBindingPattern(root)) root = root.parent;
    return ts.isVariableDeclaration(root) ? isLocal(root) : true;
  }
  if (!ts.isVariableDeclaration(decl)) return false;
  const statement = decl.parent.parent;
  return !(ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent));
}

/** `x` in `o.x`, `{ x: 1 }` or a declaration's own name: not a variable reference. */
function isMemberName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (ts.isPropertyAccessExpression(p) && p.name === id) || (ts.isPropertyAssignment(p) && p.name === id) ||
    (ts.isMethodDeclaration(p) && p.name === id) || (ts.isPropertyDeclaration(p) && p.name === id) || ts.isQualifiedName(p);
}

function isInside(node: ts.Node, container: ts.Node): boolean {
  for (let p: ts.Node | undefined = node; p; p = p.parent) if (p === container) return true;
  return false;
}

function insideNonArrow(node: ts.Node, closure: ts.Node): boolean {
  for (let p = node.parent; p && p !== closure; p = p.parent) if (ts.isFunctionLike(p) && !ts.isArrowFunction(p)) return true;
  return false;
}

function isTypePosition(id: ts.Identifier): boolean {
  return ts.isTypeNode(id.parent) || ts.isTypeReferenceNode(id.parent);
}

/**
 * By value when the variable can never change after the closure sees it: a
 * const (or never-assigned let/parameter) whose declaration completed before
 * the closure expression, and a closure that is not a hoisted declaration.
 */
function canCaptureByValue(sym: ts.Symbol, decl: ts.Declaration, closure: FunctionLike, assigned: Set<ts.Symbol>): boolean {
  if (assigned.has(sym)) return false;
  if (ts.isFunctionDeclaration(closure)) return false;
  if (ts.isFunctionDeclaration(decl)) return false;
  if (ts.isParameter(decl) || ts.isFunctionExpression(decl)) return true;
  if (ts.isBindingElement(decl)) return decl.end <= closure.pos;
  return decl.end <= closure.pos && !!(decl as ts.VariableDeclaration).initializer;
}

/** Symbols assigned anywhere after their declaration (=, compound, ++/--). */
function assignedSymbols(checker: ts.TypeChecker, file: ts.SourceFile): Set<ts.Symbol> {
  const out = new Set<ts.Symbol>();
  const target = (e: ts.Expression): void => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    // Destructuring assignment: every leaf target is assigned.
    if (ts.isArrayLiteralExpression(e)) return e.elements.forEach((el) => target(ts.isSpreadElement(el) ? el.expression : el));
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) return target(e.left);
    if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isShorthandPropertyAssignment(p)) {
          const s = checker.getShorthandAssignmentValueSymbol(p);
          if (s) out.add(s);
        } else if (ts.isPropertyAssignment(p)) target(p.initializer);
        else if (ts.isSpreadAssignment(p)) target(p.expression);
      }
      return;
    }
    if (ts.isIdentifier(e)) {
      const s = checker.getSymbolAtLocation(e);
      if (s) out.add(s);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target(node.left);
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) target(node.operand);
    if (ts.isVariableDeclaration(node) && !node.initializer && ts.isIdentifier(node.name) && !ts.isForOfStatement(node.parent.parent)) {
      const s = checker.getSymbolAtLocation(node.name);
      if (s) out.add(s); // declared without a value: assigned later
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** A method, getter or setter of an object literal. */
export function isLiteralMethod(node: ts.Node): boolean {
  return (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isObjectLiteralExpression(node.parent);
}

/** Whether a literal method refers to `this` (outside nested non-arrow functions). */
export function usesThis(method: ts.Node): boolean {
  let found = false;
  const walk = (n: ts.Node): void => {
    if (found) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword && !insideNonArrow(n, method)) found = true;
    ts.forEachChild(n, walk);
  };
  ts.forEachChild(method, walk);
  return found;
}

/** Whether a literal method lies between `inner` and its enclosing closure `outer` (its `this` stops there). */
function literalMethodBetween(inner: ts.Node, outer: ts.Node): boolean {
  for (let p = inner.parent; p && p !== outer; p = p.parent) if (isLiteralMethod(p)) return true;
  return false;
}
