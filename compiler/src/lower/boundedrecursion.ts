// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Self-recursion of bounded depth needs no stack check (rt/ABI.md, "Stack").
// A function that only ever calls itself (no other function it calls can
// call it back), whose name is only ever called directly, and which has a
// parameter p that intvars.ts proves to lie in [lo, hi] on every call, that
// nothing assigns, and that each of its self-calls passes as `p - c` (c a
// positive integer literal), recurses at most hi - lo + 1 deep: p strictly
// decreases along any chain of its frames and never leaves [lo, hi]. fib(40)
// (n in [0, 40], calls fib(n - 1) and fib(n - 2)) is at most 41 deep. With a
// small body and a depth within MAX_DEPTH its frames fit in the reserve the
// stack limit keeps (256 KiB, rt/linux.zig), as a non-recursive call chain
// does. A cycle through a method or closure still passes their entry checks.
// Without the check the function reads no global, so LLVM may also treat
// it as pure and merge identical calls (fib's two fib(n - 3)).

import ts from '#typescript';
import { callGraph, reaches } from './callgraph.js';
import { writesSymbol } from './intvars.js';
import { skipParens } from '../syntax.js';

/** The proven integer range of a parameter (intvars.ts), if any. */
type RangeOf = (sym: ts.Symbol) => [number, number] | undefined;
type CallGraph = ReturnType<typeof callGraph>;

/** Depth bound: MAX_DEPTH frames of a body of at most MAX_NODES nodes (and its unrolled copy) stay far below 256 KiB. */
const MAX_DEPTH = 64;
const MAX_NODES = 120;

/** The self-recursive functions whose depth is bounded, decided once per program. */
export function boundedSelfRecursion(checker: ts.TypeChecker, file: ts.SourceFile, functions: readonly ts.FunctionDeclaration[],
  edges: CallGraph, rangeOf: RangeOf): Set<ts.FunctionDeclaration> {
  const out = new Set<ts.FunctionDeclaration>();
  if (process.env.TSX_CHECK_BOUNDED_RECURSION) return out;
  for (const f of functions) {
    if (!reaches(f, f, edges) || !f.body || !f.name || f.typeParameters || f.asteriskToken) continue;
    if (f.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword || m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if ([...edges.get(f)!].some((g) => g !== f && reaches(g, f, edges))) continue; // mutual recursion
    const self = checker.getSymbolAtLocation(f.name)!;
    const bound = measure(checker, rangeOf, file, f, self);
    if (bound !== undefined && bound <= MAX_DEPTH) out.add(f);
  }
  if (process.env.TSX_DEBUG_INTVARS) for (const f of out) console.error(`bounded recursion ${f.name!.text}: no stack check`);
  return out;
}

/** The depth bound of `f`'s self-recursion (hi - lo + 1 of a decreasing parameter), if it has one. */
function measure(checker: ts.TypeChecker, rangeOf: RangeOf, file: ts.SourceFile, f: ts.FunctionDeclaration, self: ts.Symbol): number | undefined {
  const selfCalls: ts.CallExpression[] = [];
  let ok = true;
  let nodes = 0;
  const visitFile = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isIdentifier(n) && n !== f.name && checker.getSymbolAtLocation(n) === self) {
      let callee: ts.Node = n;
      while (ts.isParenthesizedExpression(callee.parent)) callee = callee.parent;
      const call = callee.parent;
      if (!ts.isCallExpression(call) || call.expression !== callee || call.arguments.some(ts.isSpreadElement)) ok = false;
      else if (isInside(call, f)) selfCalls.push(call);
    }
    ts.forEachChild(n, visitFile);
  };
  visitFile(file);
  const visitBody = (n: ts.Node): void => {
    nodes++;
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) ok = false;
    if (ok) ts.forEachChild(n, visitBody);
  };
  visitBody(f.body!);
  if (!ok || nodes > MAX_NODES || selfCalls.length === 0) return undefined;
  let best: number | undefined;
  f.parameters.forEach((p, k) => {
    if (!ts.isIdentifier(p.name) || p.initializer || p.questionToken || p.dotDotDotToken) return;
    const ps = checker.getSymbolAtLocation(p.name);
    const r = ps && rangeOf(ps);
    if (!ps || !r || writesSymbol(checker, ps, f.body!)) return;
    const decreases = selfCalls.every((c) => {
      const a = c.arguments[k] && skipParens(c.arguments[k]);
      if (!a || !ts.isBinaryExpression(a) || a.operatorToken.kind !== ts.SyntaxKind.MinusToken) return false;
      const l = skipParens(a.left);
      const step = skipParens(a.right);
      return ts.isIdentifier(l) && checker.getSymbolAtLocation(l) === ps && ts.isNumericLiteral(step) && Number.isInteger(Number(step.text)) && Number(step.text) >= 1;
    });
    if (decreases) best = Math.min(best ?? Infinity, r[1] - r[0] + 1);
  });
  return best;
}

function isInside(n: ts.Node, root: ts.Node): boolean {
  for (let p: ts.Node | undefined = n; p; p = p.parent) if (p === root) return true;
  return false;
}

