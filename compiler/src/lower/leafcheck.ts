// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Leaf bodies need no stack check (rt/ABI.md, "Stack"). Methods, closures
// and generic instances check the stack limit on entry because calls among
// them can recurse in ways the call graph of function declarations does
// not see. A body that cannot run any user code of the program - no call,
// no `new`, no getter or setter, no conversion of an object to a primitive,
// no iteration protocol - cannot be part of a recursion: like a
// non-recursive function declaration (which never checks), its frame is
// covered by the reserve the limit keeps below it (256 KiB, rt/linux.zig).
// The test is syntactic and conservative: anything not listed as safe
// (any call, even of a builtin) makes the body a non-leaf.

import ts from '#typescript';

const SK = ts.SyntaxKind;

function isPrimitive(checker: ts.TypeChecker, node: ts.Node): boolean {
  const t = checker.getTypeAtLocation(node);
  const primitive = ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.EnumLike;
  if (t.isUnion()) return t.types.every((u) => (u.flags & primitive) !== 0);
  return (t.flags & primitive) !== 0;
}

/** An instance field (a property declaration or a parameter property): reading or writing it runs no code (a static one might start its class's initialisation). */
function isPlainField(checker: ts.TypeChecker, name: ts.Node): boolean {
  const sym = checker.getSymbolAtLocation(name);
  const decls = sym?.declarations;
  if (!sym || !decls || decls.length === 0 || sym.flags & ts.SymbolFlags.Accessor) return false;
  const isStatic = (d: ts.Declaration) => ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static;
  return decls.every((d) => (ts.isPropertyDeclaration(d) && ts.isClassLike(d.parent) && !isStatic(d)) || ts.isParameter(d));
}

/** Operators that never convert an object operand (identity, logic, assignment, comma). */
const NO_CONVERSION = new Set<ts.SyntaxKind>([
  SK.EqualsEqualsEqualsToken, SK.ExclamationEqualsEqualsToken, SK.AmpersandAmpersandToken, SK.BarBarToken,
  SK.QuestionQuestionToken, SK.EqualsToken, SK.CommaToken,
]);

/** Whether a function runs no user code: plain parameters (no default, no pattern) and a leaf body. */
export function isLeafFunction(checker: ts.TypeChecker, decl: ts.SignatureDeclaration & { body?: ts.Node }): boolean {
  if (decl.parameters.some((p) => p.initializer || p.dotDotDotToken || !ts.isIdentifier(p.name))) return false;
  return isLeafBody(checker, decl.body);
}

/** Whether `body` runs no user code: no node outside the safe kinds below. */
function isLeafBody(checker: ts.TypeChecker, body: ts.Node | undefined): boolean {
  if (!body || process.env.TSX_CHECK_LEAVES) return false;
  let leaf = true;
  const visit = (n: ts.Node): void => {
    if (!leaf) return;
    switch (n.kind) {
      case SK.Block: case SK.ExpressionStatement: case SK.IfStatement: case SK.ReturnStatement: case SK.VariableStatement:
      case SK.VariableDeclarationList: case SK.VariableDeclaration: case SK.WhileStatement: case SK.DoStatement: case SK.ForStatement:
      case SK.BreakStatement: case SK.ContinueStatement: case SK.EmptyStatement: case SK.ParenthesizedExpression: case SK.Identifier: case SK.NumericLiteral: case SK.StringLiteral: case SK.TrueKeyword:
      case SK.FalseKeyword: case SK.NullKeyword: case SK.ThisKeyword: case SK.NonNullExpression: case SK.TypeReference:
      case SK.NumberKeyword: case SK.StringKeyword: case SK.BooleanKeyword: case SK.UnionType: case SK.LiteralType:
      case SK.ArrayType: case SK.VoidKeyword:
        break;
      case SK.PropertyAccessExpression: {
        const p = n as ts.PropertyAccessExpression;
        if (!isPlainField(checker, p.name)) leaf = false;
        break;
      }
      case SK.PrefixUnaryExpression:
      case SK.PostfixUnaryExpression: {
        const u = n as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        if (u.operator !== SK.ExclamationToken && !isPrimitive(checker, u.operand)) leaf = false;
        break;
      }
      case SK.BinaryExpression: {
        const b = n as ts.BinaryExpression;
        if (!NO_CONVERSION.has(b.operatorToken.kind) && !(isPrimitive(checker, b.left) && isPrimitive(checker, b.right))) leaf = false;
        if (b.operatorToken.kind === SK.EqualsToken && !ts.isIdentifier(b.left) && !ts.isPropertyAccessExpression(b.left)) leaf = false; // destructuring
        visit(b.left); // not the operator token
        visit(b.right);
        return;
      }
      case SK.ConditionalExpression: {
        const c = n as ts.ConditionalExpression;
        visit(c.condition); // not the ? and : tokens
        visit(c.whenTrue);
        visit(c.whenFalse);
        return;
      }
      default:
        leaf = false;
        return;
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return leaf;
}
