// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The subset's rules for JSON.parse and JSON.stringify (spec/builtins.md,
// JSON): parse needs a declared target type that the schema walk of
// lower/json.ts accepts, and no reviver; stringify takes a replacer array,
// or a replacer function whose value parameter is 'unknown', and calls
// class toJSON methods.

import ts from '#typescript';
import { Code } from '../diagnostics.js';
import { JsonTypeError, describeParse, jsonCallName } from '../lower/json.js';
import { isArrayType } from '../lower/arrays.js';

type Report = (code: number, node: ts.Node, message: string) => void;

export { jsonCallName };

/** Checks a JSON.parse / JSON.stringify call; `expr` checks an argument expression. */
export function checkJsonCall(checker: ts.TypeChecker, node: ts.CallExpression, report: Report, expr: (e: ts.Expression) => void): boolean {
  const name = jsonCallName(checker, node)!;
  for (const a of node.arguments) {
    if (ts.isSpreadElement(a)) return (report(Code.UnsupportedSyntax, a, 'Spread into JSON.' + name + ' is not supported by tsxen yet.'), false);
    expr(a);
  }
  return name === 'parse' ? checkParse(checker, node, report) : checkStringify(checker, node, report);
}

function checkParse(checker: ts.TypeChecker, node: ts.CallExpression, report: Report): boolean {
  if (node.arguments.length > 1) {
    report(Code.UnsupportedApi, node.arguments[1], 'A JSON.parse reviver is not supported by tsxen yet: parse into the declared type, then transform the result.');
    return false;
  }
  try {
    describeParse(checker, node);
    return true;
  } catch (e) {
    if (!(e instanceof JsonTypeError)) throw e;
    report(e.code === 'any' ? Code.AnyType : Code.UnsupportedType, node, e.message);
    return false;
  }
}

function checkStringify(checker: ts.TypeChecker, node: ts.CallExpression, report: Report): boolean {
  const [, replacer] = node.arguments;
  if (replacer && !isNullish(replacer)) {
    const t = checker.getTypeAtLocation(replacer);
    const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    if (parts.length === 1 && parts[0].getCallSignatures().length === 1) {
      const problem = replacerProblem(checker, parts[0].getCallSignatures()[0], replacer);
      if (problem) return (report(Code.UnsupportedType, replacer, problem), false);
    } else if (!parts.every((p) => isArrayType(checker, p))) {
      report(Code.UnsupportedApi, replacer, 'This JSON.stringify replacer is not supported by tsxen: pass a function (key: string, value: unknown) => unknown, or an array of keys.');
      return false;
    }
  }
  const toJson = findToJson(node.getSourceFile());
  if (toJson) {
    report(Code.UnsupportedApi, node, `JSON.stringify in a program with a toJSON member tsxen cannot call (line ${node.getSourceFile().getLineAndCharacterOfPosition(toJson.getStart()).line + 1}): only class methods toJSON() and toJSON(key: string) are supported.`);
    return false;
  }
  return true;
}

/**
 * Why a replacer function cannot be called as JSON.stringify calls it, if
 * it cannot: it is given every key (a string) and every value of the
 * structure, whatever its type, so its value parameter must be 'unknown'
 * (TypeScript types it 'any', which would let a narrower type through).
 */
function replacerProblem(checker: ts.TypeChecker, sig: ts.Signature, at: ts.Node): string | undefined {
  const params = sig.getParameters();
  if (params.length > 2) return "A JSON.stringify replacer takes (key, value): tsxen does not pass 'this' or more arguments.";
  const decl = params.map((p) => p.valueDeclaration);
  if (decl.some((d) => d && ts.isParameter(d) && d.dotDotDotToken)) return 'A JSON.stringify replacer with a rest parameter is not supported by tsxen.';
  const typeOf = (i: number): ts.Type => checker.getTypeOfSymbolAtLocation(params[i], at);
  if (params.length > 0 && !(typeOf(0).flags & (ts.TypeFlags.String | ts.TypeFlags.Unknown))) {
    return `A JSON.stringify replacer's key parameter must be declared 'string' (it is '${checker.typeToString(typeOf(0))}').`;
  }
  if (params.length > 1 && !(typeOf(1).flags & ts.TypeFlags.Unknown)) {
    return `A JSON.stringify replacer's value parameter must be declared 'unknown' (it is '${checker.typeToString(typeOf(1))}'): it is given every value of the structure, of any type.`;
  }
  return undefined;
}

function isNullish(e: ts.Expression): boolean {
  return e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined');
}

/** A class's instance method toJSON() or toJSON(key: string): the runtime calls it. */
function isSupportedToJson(n: ts.Node): boolean {
  if (!ts.isMethodDeclaration(n) || !ts.isClassDeclaration(n.parent)) return false;
  if ((ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Static) !== 0) return true; // never called by JSON.stringify
  return n.parameters.length === 0 || (n.parameters.length === 1 && !n.parameters[0].questionToken && !n.parameters[0].initializer &&
    !n.parameters[0].dotDotDotToken && n.parameters[0].type?.kind === ts.SyntaxKind.StringKeyword);
}

/** An unsupported member named toJSON anywhere in the program (JSON.stringify would call it). */
function findToJson(file: ts.SourceFile): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isMethodDeclaration(n) || ts.isPropertyDeclaration(n) || ts.isPropertyAssignment(n) || ts.isGetAccessorDeclaration(n) ||
      ts.isShorthandPropertyAssignment(n)) && n.name && ts.isIdentifier(n.name) && n.name.text === 'toJSON' && !isSupportedToJson(n)) {
      found = n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

/** The object types the program's JSON.parse calls produce (each gets a layout). */
export function parsedObjectTypes(checker: ts.TypeChecker, file: ts.SourceFile): ts.Type[] {
  const out = new Set<ts.Type>();
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && jsonCallName(checker, n) === 'parse') {
      try {
        for (const o of describeParse(checker, n).objects) out.add(o.type);
      } catch (e) {
        if (!(e instanceof JsonTypeError)) throw e;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return [...out];
}
