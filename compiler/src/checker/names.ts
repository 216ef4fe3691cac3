// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Human names for syntax, for diagnostics ("A switch statement is not ...").

import ts from '#typescript';

const SK = ts.SyntaxKind;

const NAMES: Partial<Record<ts.SyntaxKind, string>> = {
  [SK.ClassDeclaration]: 'A class',
  [SK.ClassExpression]: 'A class expression',
  [SK.EnumDeclaration]: 'An enum',
  [SK.ModuleDeclaration]: 'A namespace',
  [SK.ImportDeclaration]: 'An import',
  [SK.ExportDeclaration]: 'An export',
  [SK.ExportAssignment]: 'An export assignment',
  [SK.SwitchStatement]: 'A switch statement',
  [SK.TryStatement]: 'try/catch',
  [SK.ThrowStatement]: 'A throw statement',
  [SK.ForOfStatement]: 'A for-of loop',
  [SK.ForInStatement]: 'A for-in loop',
  [SK.WithStatement]: "A 'with' statement",
  [SK.ArrowFunction]: 'An arrow function',
  [SK.FunctionExpression]: 'A function expression',
  [SK.ArrayLiteralExpression]: 'An array literal',
  [SK.ObjectLiteralExpression]: 'An object literal',
  [SK.ElementAccessExpression]: 'Indexing with [...]',
  [SK.NewExpression]: "'new'",
  [SK.NullKeyword]: "The value 'null'",
  [SK.ThisKeyword]: "'this'",
  [SK.AwaitExpression]: "'await'",
  [SK.YieldExpression]: "'yield'",
  [SK.RegularExpressionLiteral]: 'A regular expression',
  [SK.BigIntLiteral]: 'A bigint literal',
  [SK.TaggedTemplateExpression]: 'A tagged template',
  [SK.VoidExpression]: "The 'void' operator",
  [SK.SpreadElement]: 'Spread',
  [SK.DebuggerStatement]: "A 'debugger' statement",
};

export function describeKind(node: ts.Node): string {
  const name = NAMES[node.kind];
  if (name) return name;
  // Fall back on the syntax kind's own name: "ForOfStatement" → "for of statement".
  const words = SK[node.kind].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `This construct (${words})`;
}
