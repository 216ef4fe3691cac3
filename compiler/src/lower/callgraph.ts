// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The program's call graph (closed world: every call site is known), used to
// find the functions that can recurse. Only those need a stack check.

import ts from '#typescript';

export function recursiveFunctions(checker: ts.TypeChecker, functions: readonly ts.FunctionDeclaration[],
  callees = callGraph(checker, functions)): Set<ts.FunctionDeclaration> {
  const result = new Set<ts.FunctionDeclaration>();
  for (const f of functions) if (reaches(f, f, callees)) result.add(f);
  return result;
}

/** For each function, the functions its body (nested functions included) refers to. */
export function callGraph(checker: ts.TypeChecker, functions: readonly ts.FunctionDeclaration[]): Map<ts.FunctionDeclaration, Set<ts.FunctionDeclaration>> {
  const bySymbol = new Map<ts.Symbol, ts.FunctionDeclaration>();
  for (const f of functions) {
    const sym = f.name && checker.getSymbolAtLocation(f.name);
    if (sym) bySymbol.set(sym, f);
  }
  const callees = new Map<ts.FunctionDeclaration, Set<ts.FunctionDeclaration>>();
  for (const f of functions) {
    const out = new Set<ts.FunctionDeclaration>();
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        // Any reference counts, not only direct calls: conservative and simple.
        const sym = checker.getSymbolAtLocation(node);
        const target = sym && bySymbol.get(sym);
        if (target) out.add(target);
      }
      ts.forEachChild(node, visit);
    };
    if (f.body) visit(f.body);
    callees.set(f, out);
  }
  return callees;
}

export function reaches(from: ts.FunctionDeclaration, to: ts.FunctionDeclaration, edges: Map<ts.FunctionDeclaration, Set<ts.FunctionDeclaration>>): boolean {
  const seen = new Set<ts.FunctionDeclaration>();
  const stack = [...(edges.get(from) ?? [])];
  while (stack.length) {
    const f = stack.pop()!;
    if (f === to) return true;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(edges.get(f) ?? []));
  }
  return false;
}
