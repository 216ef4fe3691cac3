// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Integer arrays (spec/operators.md, "Integer fast paths"): a `const` number[]
// made by an array literal whose elements intvars.ts proves to be exact
// integers keeps them as i64s in its F64 slots instead of f64s, so that
// element reads and writes need no conversion (a load feeds an index or a
// compare directly). Only the code here ever sees such an array: it qualifies
// when every use of its name is one this module lowers - `a[i]` read,
// `a[i] = v`, `a[i] op= v`, `a[i]++`, `a.push(...)`, `a.length` (read or
// write) - so the runtime (printing, join, sort...) never meets the integers.
// Reads, bounds checks, appends and panics are those of arrays.ts: only the
// 8 bytes of an element change meaning. The collector ignores F64 slots, and
// a truncation clears dropped slots to zero bits, which is 0 in both views.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { arrayGet, arrayParts, arrayPush, arraySet, elementAddress, newArray } from './arrays.js';
import { exactInt, fromExact } from './intrange.js';
import { coerce } from './values.js';
import { lowerExpr } from './expressions.js';
import { INTEGER_COMPOUND, isWritePosition } from './intvars.js';

type Range = [number, number];
const SK = ts.SyntaxKind;

const integerArrays = new WeakMap<ProgramContext, Map<ts.Symbol, Range>>();

function isNumberIndex(checker: ts.TypeChecker, e: ts.Expression): boolean {
  const t = checker.getTypeAtLocation(e);
  return (t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) !== 0 && !t.isUnion();
}

/** Whether one reference `id` to an array is a use the integer representation handles. */
function isIntegerArrayUse(checker: ts.TypeChecker, id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isVariableDeclaration(p) && p.name === id) return true;
  if (ts.isPropertyAccessExpression(p) && p.expression === id && !p.questionDotToken) {
    if (p.name.text === 'length') return true;
    const call = p.parent;
    return p.name.text === 'push' && ts.isCallExpression(call) && call.expression === p && !call.questionDotToken &&
      !call.arguments.some(ts.isSpreadElement);
  }
  if (!ts.isElementAccessExpression(p) || p.expression !== id || p.questionDotToken) return false;
  if (!isNumberIndex(checker, p.argumentExpression)) return false;
  let target: ts.Node = p;
  while (ts.isParenthesizedExpression(target.parent) || ts.isNonNullExpression(target.parent)) target = target.parent;
  const w = target.parent;
  if (ts.isBinaryExpression(w) && w.left === target) {
    const op = w.operatorToken.kind;
    if (op === SK.EqualsToken || INTEGER_COMPOUND[op] !== undefined) return true;
    return op < SK.FirstAssignment || op > SK.LastAssignment; // `a[i] < x` and the like read it
  }
  if ((ts.isPrefixUnaryExpression(w) || ts.isPostfixUnaryExpression(w)) && (w.operator === SK.PlusPlusToken || w.operator === SK.MinusMinusToken)) return true;
  if (ts.isDeleteExpression(w)) return false;
  // A destructuring target or a for-of/for-in binding writes it another way.
  return !isWritePosition(target);
}

/** The arrays among `candidates` (proven number[] consts) whose every use in `file` is handled here. */
export function integerArraysAmong(checker: ts.TypeChecker, file: ts.SourceFile, candidates: Set<ts.Symbol>): Set<ts.Symbol> {
  // An exported array could be reached from modules this walk does not see.
  const out = new Set([...candidates].filter((s) => !isExported(s)));
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const sym = ts.isShorthandPropertyAssignment(node.parent) ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
      if (sym && out.has(sym) && !isIntegerArrayUse(checker, node)) out.delete(sym);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function isExported(sym: ts.Symbol): boolean {
  const d = sym.valueDeclaration;
  const stmt = d && ts.isVariableDeclaration(d) && ts.isVariableDeclarationList(d.parent) ? d.parent.parent : undefined;
  if (!stmt || !ts.isVariableStatement(stmt)) return true;
  return (ts.getModifiers(stmt) ?? []).some((m) => m.kind === SK.ExportKeyword);
}

/** Called by intvars.ts with the proven const arrays and their element ranges. */
export function registerIntegerArrays(pc: ProgramContext, file: ts.SourceFile, proven: Map<ts.Symbol, Range>): void {
  const chosen = process.env.TSX_NO_INTARRAYS ? new Set<ts.Symbol>() : integerArraysAmong(pc.checker, file, new Set(proven.keys()));
  if (process.env.TSX_DEBUG_INTVARS) for (const s of chosen) console.error(`intarray ${s.name}`);
  integerArrays.set(pc, new Map([...chosen].map((s) => [s, proven.get(s)!])));
}

/** The element range of the integer array `e` names, if it is one. */
function rangeOf(ctx: FunctionContext, e: ts.Expression): Range | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  const map = integerArrays.get(ctx.program);
  if (!map || map.size === 0) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(e);
  return sym && map.get(sym);
}

/** The i64 to store for the f64 `v` (exact by the proof: a value without its integer attached is converted). */
function toStored(ctx: FunctionContext, v: TypedValue): llvm.Value {
  const f = coerce(ctx, v, 'number').value;
  return exactInt(f)?.int ?? ctx.b.CreateFPToSI(f, ctx.ir.i64);
}

/** A stored i64 as the f64 it stands for, with the integer attached. */
function fromStored(ctx: FunctionContext, raw: llvm.Value, r: Range): TypedValue {
  return { kind: 'number', value: fromExact(ctx, raw, r[0], r[1]) };
}

/** The initialiser of an integer array, or undefined. */
export function lowerIntegerArrayLiteral(ctx: FunctionContext, node: ts.ArrayLiteralExpression): TypedValue | undefined {
  const decl = node.parent;
  if (!ts.isVariableDeclaration(decl) || decl.initializer !== node || !ts.isIdentifier(decl.name) || !rangeOf(ctx, decl.name)) return undefined;
  const { ir } = ctx;
  const n = node.elements.length;
  const values = node.elements.map((e) => toStored(ctx, lowerExpr(ctx, e)));
  const object = newArray(ctx, 'number', llvm.ConstantInt.get(ir.i64, n), llvm.ConstantInt.get(ir.i64, Math.max(n, 4)));
  const a = arrayParts(ctx, object, 'number', true);
  values.forEach((v, i) => ctx.b.CreateStore(v, elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, i))));
  return { kind: 'ref', value: object };
}

/** `a[i]` of an integer array, or undefined. */
export function lowerIntegerElementRead(ctx: FunctionContext, e: ts.ElementAccessExpression): TypedValue | undefined {
  const r = rangeOf(ctx, e.expression);
  if (!r) return undefined;
  const object = coerce(ctx, lowerExpr(ctx, e.expression), 'ref').value;
  const index = coerce(ctx, lowerExpr(ctx, e.argumentExpression), 'number').value;
  return fromStored(ctx, arrayGet(ctx, object, 'number', index, true).value, r);
}

/** The place `a[i]` of an integer array (for =, op= and ++/--), or undefined. */
export function integerElementPlace(ctx: FunctionContext, target: ts.ElementAccessExpression): { read(): TypedValue; write(v: TypedValue): void } | undefined {
  const r = rangeOf(ctx, target.expression);
  if (!r) return undefined;
  const object = coerce(ctx, lowerExpr(ctx, target.expression), 'ref').value;
  const index = coerce(ctx, lowerExpr(ctx, target.argumentExpression), 'number').value;
  return {
    read: () => fromStored(ctx, arrayGet(ctx, object, 'number', index, true).value, r),
    write: (v) => arraySet(ctx, object, 'number', index, toStored(ctx, v), true),
  };
}

/** `a.push(x, ...)` on an integer array, or undefined. */
export function lowerIntegerPush(ctx: FunctionContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression, object: llvm.Value): TypedValue | undefined {
  if (!rangeOf(ctx, callee.expression)) return undefined;
  return arrayPush(ctx, object, 'number', node.arguments.map((a) => toStored(ctx, lowerExpr(ctx, a))), true);
}
