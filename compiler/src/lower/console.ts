// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// console.log / console.error: the arguments become an array of tagged values
// on the stack and one runtime call formats them exactly as Node's
// util.format does (rt/console.zig).

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { toValue } from './values.js';
import { lowerExpr } from './expressions.js';
import { checkPending } from './exceptions.js';
import { hasUserConversions } from './usermethods.js';
import { GLOBALS_DTS } from '../program/load.js';

const STREAMS: Record<string, number> = { log: 1, error: 2 };

/** `console.log(...)` or `console.error(...)` on tsxen's own console global. */
export function consoleMethod(checker: ts.TypeChecker, node: ts.CallExpression): string | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return undefined;
  if (callee.expression.text !== 'console' || !(callee.name.text in STREAMS)) return undefined;
  const decl = checker.getSymbolAtLocation(callee.expression)?.valueDeclaration;
  return decl && decl.getSourceFile().fileName === GLOBALS_DTS ? callee.name.text : undefined;
}

export function isConsoleCall(ctx: FunctionContext, node: ts.CallExpression): boolean {
  return consoleMethod(ctx.checker, node) !== undefined;
}

export function lowerConsoleCall(ctx: FunctionContext, node: ts.CallExpression): TypedValue {
  const { b, ir } = ctx;
  const stream = STREAMS[consoleMethod(ctx.checker, node)!];
  const n = node.arguments.length;
  const array = ctx.alloca(llvm.ArrayType.get(ir.valueStruct, Math.max(n, 1)), 'console.args');
  node.arguments.forEach((arg, i) => {
    const v = lowerExpr(ctx, arg);
    const slot = b.CreateInBoundsGEP(llvm.ArrayType.get(ir.valueStruct, Math.max(n, 1)), array, [
      llvm.ConstantInt.get(ir.i32, 0),
      llvm.ConstantInt.get(ir.i32, i),
    ]);
      b.CreateStore(toValue(ctx, v), b.CreateBitCast(slot, ir.valueStruct.getPointerTo()));
  });
  const log = ir.runtime(isSimple(ctx, node) ? 'tsx_console_log_simple' : 'tsx_console_log', ir.void, [ir.i32, ir.valueStruct.getPointerTo(), ir.i64]);
  const first = b.CreateBitCast(array, ir.valueStruct.getPointerTo());
  b.CreateCall(log, [llvm.ConstantInt.get(ir.i32, stream), first, llvm.ConstantInt.get(ir.i64, n)]);
  if (hasUserConversions(ctx.program)) checkPending(ctx); // a user toString/valueOf threw
  return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
}

/**
 * A call that needs neither util.format's placeholders nor util.inspect:
 * only primitive arguments, and a first argument that cannot be a format
 * string with placeholders (not a string, a literal without '%', or alone).
 */
function isSimple(ctx: FunctionContext, node: ts.CallExpression): boolean {
  const args = node.arguments;
  const primitive = args.every((a) => {
    const t = ctx.checker.getTypeAtLocation(a);
    const parts = t.isUnion() ? t.types : [t];
    return parts.every((p) => (p.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike |
      ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0);
  });
  if (!primitive) return false;
  if (args.length < 2) return true;
  const first = args[0];
  const firstKind = ctx.checker.getTypeAtLocation(first).flags & ts.TypeFlags.StringLike;
  if (!firstKind) return true;
  return (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && !first.text.includes('%');
}

function i32(ctx: FunctionContext, x: number): llvm.Value {
  return llvm.ConstantInt.get(ctx.ir.i32, x);
}
