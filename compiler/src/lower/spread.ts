// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Object spread in fixed-shape literals: `{ ...a, b: 1 }`. The result's shape
// must be known at compile time, so the spread source's own keys must be:
// every class or literal of the program that can be the source (closed
// world) must have the same own fields, in the same order. The literal's
// layout is then its members in order of first definition (JS's key order
// for non-integer keys; console.log and Object.keys put integer keys first
// themselves), and a later member overrides an earlier value in place.

import ts from '#typescript';
import { CompileError, Code, tsxDiagnostic } from '../diagnostics.js';
import { isDictionaryLiteral, isDictionaryType } from './records.js';
import { isInAssignmentPattern } from './destructure.js';
import { builtinErrorName } from './classes.js';
import { isLiteralMethod, usesThis } from './captures.js';
import { holeMembers } from './optional.js';

/** Own keys of every object literal and spread source, memoised per program. */
const memo = new WeakMap<ts.Node, string[] | 'pending'>();

/** The property name of a non-spread literal member, if static. */
function memberKey(p: ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(p) || !p.name) return undefined;
  const n = p.name;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n)) return n.text;
  if (ts.isNumericLiteral(n)) return String(Number(n.text));
  return undefined;
}

function unsupported(node: ts.Node, message: string): CompileError {
  return new CompileError([tsxDiagnostic(Code.UnsupportedSyntax, node, message)]);
}

/** The literals of the file that are laid out as shapes. */
function shapeLiterals(checker: ts.TypeChecker, file: ts.SourceFile): ts.ObjectLiteralExpression[] {
  const out: ts.ObjectLiteralExpression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n) && !isInAssignmentPattern(n) && !isDictionaryLiteral(checker, n)) out.push(n);
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

/** Own keys of a literal, in order of first definition. */
export function literalKeys(checker: ts.TypeChecker, node: ts.ObjectLiteralExpression): string[] {
  const known = memo.get(node);
  if (Array.isArray(known)) return known;
  memo.set(node, 'pending');
  const keys: string[] = [];
  for (const p of node.properties) {
    const names = ts.isSpreadAssignment(p) ? spreadKeys(checker, p.expression) : [memberKey(p)];
    for (const k of names) if (k !== undefined && !keys.includes(k)) keys.push(k);
  }
  memo.set(node, keys);
  return keys;
}

/** The own keys every possible value of `expr` has, or a diagnostic when they differ. */
export function spreadKeys(checker: ts.TypeChecker, expr: ts.Expression): string[] {
  return ownKeysOf(checker, checker.getTypeAtLocation(expr), expr);
}

/** The own keys every possible value of `type` has (the source of a spread or an object rest pattern at `expr`). */
export function ownKeysOf(checker: ts.TypeChecker, type: ts.Type, expr: ts.Node): string[] {
  if (isDictionaryType(checker, checker.getNonNullableType(type))) {
    throw unsupported(expr, 'Spreading a record into a fixed-shape object is not supported by tsxen (its keys are not known at compile time): give the literal a record type.');
  }
  if (checker.getNonNullableType(type) !== type) {
    throw unsupported(expr, 'Spreading a value that may be null or undefined is not supported by tsxen yet: its keys would not be known at compile time.');
  }
  const layouts: string[][] = [];
  const file = expr.getSourceFile();
  for (const cls of file.statements.filter(ts.isClassDeclaration)) {
    if (!cls.name || (ts.getCombinedModifierFlags(cls) & ts.ModifierFlags.Abstract) !== 0) continue;
    if (!checker.isTypeAssignableTo(checker.getTypeAtLocation(cls.name), type)) continue;
    layouts.push(classKeys(checker, cls, expr));
  }
  for (const lit of shapeLiterals(checker, file)) {
    // The literal being laid out: its own keys come from this source.
    if (memo.get(lit) === 'pending' || (lit.getStart() <= expr.getStart() && expr.end <= lit.end)) continue;
    if (!checker.isTypeAssignableTo(checker.getWidenedType(checker.getTypeAtLocation(lit)), type)) continue;
    if (lit.properties.some((p) => isLiteralMethod(p) && usesThis(p))) {
      throw unsupported(expr, "Spreading an object whose methods refer to 'this' is not supported by tsxen: the copies would keep the original as 'this'.");
    }
    if (holeMembers(checker, lit).length > 0) {
      throw unsupported(expr, `Spreading a '${checker.typeToString(type)}' is not supported: a literal of the program lacks optional members that may be added later, so its keys are not known at compile time.`);
    }
    layouts.push(literalKeys(checker, lit));
  }
  if (layouts.length === 0) throw unsupported(expr, `No class or object literal of this program can be a '${checker.typeToString(type)}', so tsxen cannot spread it.`);
  const first = layouts[0].join('\u0000');
  if (layouts.some((l) => l.join('\u0000') !== first)) {
    throw unsupported(expr, `Spreading a '${checker.typeToString(type)}' is not supported: objects with different own keys can be one (${layouts.map((l) => '{' + l.join(', ') + '}').filter((v, i, a) => a.indexOf(v) === i).join(' / ')}), so the result's shape would not be known at compile time.`);
  }
  return layouts[0];
}

/** A class instance's own fields, as lower/classes.ts lays them out: the base's first, then parameter properties, then fields. */
function classKeys(checker: ts.TypeChecker, cls: ts.ClassDeclaration, at: ts.Node): string[] {
  const ext = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  let keys: string[] = [];
  if (ext) {
    const sym = checker.getSymbolAtLocation(ext.expression);
    if (builtinErrorName(sym)) throw unsupported(at, 'Spreading an Error is not supported by tsxen yet.');
    const base = sym?.valueDeclaration;
    if (base && ts.isClassDeclaration(base)) keys = classKeys(checker, base, at);
  }
  const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
  for (const p of ctor?.parameters ?? []) if (ts.isParameterPropertyDeclaration(p, ctor!)) keys.push((p.name as ts.Identifier).text);
  for (const m of cls.members) {
    if (!ts.isPropertyDeclaration(m) || (ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static) !== 0) continue;
    if (ts.isPrivateIdentifier(m.name)) continue;
    keys.push(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isNumericLiteral(m.name) ? m.name.text : m.name.getText());
  }
  return keys;
}

/** The own keys of a class instance or a literal, in creation order. */
export function shapeKeys(checker: ts.TypeChecker, shape: ts.ClassDeclaration | ts.ObjectLiteralExpression): string[] {
  return ts.isClassDeclaration(shape) ? classKeys(checker, shape, shape) : literalKeys(checker, shape);
}
