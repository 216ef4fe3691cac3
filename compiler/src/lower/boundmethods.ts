// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// `x.m.bind(x)`: a method as a function value with its receiver fixed. JS
// methods read off an object lose `this`, so reading `x.m` alone stays
// rejected; bind is the explicit way to keep it. The result is a closure
// {fn, receiver} whose code dispatches `m` on the receiver's class like a
// method call does. Its name is "bound m", as in JS.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { ClassInfo, MethodImpl, allocObject, findSlotOf, llvmKindType, resolveMethod, slotAddress, switchOnTag } from './classes.js';
import { FLAG_CALLABLE, signatureCallKinds } from './closures.js';
import { ShapeKind } from './typetable.js';
import { callImpl, receiverClasses } from './members.js';
import { coerce, constantValue } from './values.js';
import { ValueTag } from './runtime.js';
import { lowerExpr } from './expressions.js';
import { internalError } from './errors.js';

/** `E.m.bind(E)` with E an identifier or `this`, and m a method: the shape both the checker and lowering accept. */
export function boundMethodCall(checker: ts.TypeChecker, node: ts.CallExpression): ts.PropertyAccessExpression | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'bind' || node.arguments.length !== 1) return undefined;
  const method = callee.expression;
  if (!ts.isPropertyAccessExpression(method)) return undefined;
  const receiver = method.expression;
  const arg = node.arguments[0];
  const same = (receiver.kind === ts.SyntaxKind.ThisKeyword && arg.kind === ts.SyntaxKind.ThisKeyword) ||
    (ts.isIdentifier(receiver) && ts.isIdentifier(arg) && checker.getSymbolAtLocation(receiver) === checker.getSymbolAtLocation(arg));
  const member = checker.getSymbolAtLocation(method.name);
  if (!same || !member || !(member.flags & ts.SymbolFlags.Method)) return undefined;
  return member.declarations?.every((d) => !d.getSourceFile().isDeclarationFile) ? method : undefined;
}

export function lowerBoundMethod(ctx: FunctionContext, method: ts.PropertyAccessExpression): TypedValue {
  const pc = ctx.program;
  const { b, ir } = ctx;
  const sig = ctx.checker.getTypeAtLocation(method).getCallSignatures()[0];
  if (!sig) throw internalError(method, 'a bound method without a signature');
  const kinds = signatureCallKinds(ctx.checker, sig, method);
  const classes = receiverClasses(ctx, ctx.checker.getTypeAtLocation(method.expression), method);
  const name = method.name.text;
  const type = pc.types.add(`bound ${name}`, [{ name: 'fn', kind: 'ref', raw: true }, { name: 'receiver', kind: 'ref' }], FLAG_CALLABLE, undefined, ShapeKind.Closure);
  const fnType = llvm.FunctionType.get(llvmKindType(pc, kinds.result), [ir.ptr, ...kinds.params.map((k) => llvmKindType(pc, k))], false);
  const fn = llvm.Function.Create(fnType, llvm.Function.LinkageTypes.InternalLinkage, `bound.${name}`, ir.module);
  pc.pendingBodies.push(() => defineBound(pc, fn, type, method, classes, kinds));
  const receiver = coerce(ctx, lowerExpr(ctx, method.expression), 'ref').value;
  const object = allocObject(ctx, type);
  b.CreateStore(b.CreateBitCast(fn, ir.ptr), slotAddress(ctx, object, findSlotOf(type, 'fn')));
  b.CreateStore(receiver, slotAddress(ctx, object, findSlotOf(type, 'receiver')));
  return { kind: 'ref', value: object };
}

function defineBound(
  pc: ProgramContext, fn: llvm.Function, type: ReturnType<ProgramContext['types']['add']>, method: ts.PropertyAccessExpression, classes: ClassInfo[],
  kinds: { params: ReturnType<typeof signatureCallKinds>['params']; result: ReturnType<typeof signatureCallKinds>['result'] },
): void {
  const ctx = new FunctionContext(pc, fn, kinds.result);
  const { b } = ctx;
  const receiver = b.CreateLoad(ctx.ir.ptr, slotAddress(ctx, fn.getArg(0), findSlotOf(type, 'receiver')));
  const name = method.name.text;
  const groups = new Map<MethodImpl, ClassInfo[]>();
  for (const c of classes) {
    const m = resolveMethod(c, `method:${name}`);
    if (!m) throw internalError(method, `'${c.name}' has no method '${name}'`);
    groups.set(m, [...(groups.get(m) ?? []), c]);
  }
  const r = switchOnTag(ctx, receiver, kinds.result, [...groups].map(([m, members]) => ({
    tags: members.map((c) => c.type.tag),
    emit: () => {
      const args = m.params.map((k, i) => (i < kinds.params.length ? coerce(ctx, { kind: kinds.params[i], value: fn.getArg(i + 1) }, k).value : constantValue(ctx, ValueTag.Undefined)));
      const v = callImpl(ctx, m, receiver, args);
      return kinds.result === 'void' ? undefined : coerce(ctx, v, kinds.result).value;
    },
  })));
  if (kinds.result === 'void') b.CreateRetVoid();
  else b.CreateRet(r!);
  ctx.finish();
}
