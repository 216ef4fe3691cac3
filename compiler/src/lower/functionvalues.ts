// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Functions as first-class values beyond closure expressions:
//
// - A top-level function declaration used as a value is one static closure
//   object (never freed, never moved) whose code is a thunk forwarding to the
//   function: the same function always yields the same object, so `f === f`
//   holds as in JS, and calls through it use the closure convention.
// - Adapters: a call through a function value passes arguments in the kinds
//   of the type it is called through (closures.ts). When a function value
//   flows into a place whose function type has other kinds (a `(x: number |
//   string) => string` stored in a `(x: number) => string` variable, a
//   callback with an optional parameter the caller never passes, a result
//   used as a Value), it is wrapped in an adapter closure that converts the
//   arguments and the result. Results discarded by a `void` context need no
//   adapter (the C ABI ignores them), which keeps identity in the common case.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { ShapeKind } from './typetable.js';
import { GC_STATIC } from './runtime.js';
import { allocObject, findSlotOf, llvmKindType, slotAddress } from './classes.js';
import { FLAG_CALLABLE, callClosure, signatureCallKinds } from './closures.js';
import { coerce, constantValue } from './values.js';
import { ValueTag } from './runtime.js';
import { admitsNull } from './nullableref.js';
import { abiArguments, abiResultPlain } from './intparams.js';

const Linkage = llvm.Function.LinkageTypes;

interface CallKinds {
  params: Kind[];
  result: Kind;
}

const staticClosures = new WeakMap<ProgramContext, Map<ts.Symbol, llvm.Constant>>();

/** `f` naming a top-level function, as a value: its static closure object. */
export function topLevelFunctionValue(ctx: FunctionContext, sym: ts.Symbol): TypedValue | undefined {
  const pc = ctx.program;
  const target = pc.functions.get(sym);
  if (!target) return undefined;
  let known = staticClosures.get(pc);
  if (!known) staticClosures.set(pc, (known = new Map()));
  let object = known.get(sym);
  if (!object) {
    const { ir } = pc;
    const type = pc.types.add(sym.name, [{ name: 'fn', kind: 'ref', raw: true }], FLAG_CALLABLE, undefined, ShapeKind.Closure);
    const thunk = closureFunction(pc, `fnvalue.${sym.name}`, target);
    pc.pendingBodies.push(() => {
      const b = ir.builder;
      b.SetInsertPoint(llvm.BasicBlock.Create(ir.context, 'entry', thunk));
      const args = abiArguments(b, pc, target, target.params.map((_, i) => thunk.getArg(i + 1) as llvm.Value));
      const r = b.CreateCall(target.fn, args);
      if (target.result === 'void') b.CreateRetVoid();
      else b.CreateRet(abiResultPlain(b, pc, target, r));
    });
    const layout = llvm.StructType.get(ir.context, [ir.i64, ir.ptr]);
    const init = llvm.ConstantStruct.get(layout, [
      llvm.ConstantInt.get(ir.i64, type.tag + GC_STATIC * 2 ** 32),
      llvm.ConstantExpr.getBitCast(thunk, ir.ptr),
    ]);
    const g = new llvm.GlobalVariable(ir.module, layout, true, Linkage.PrivateLinkage, init, `fnvalue.${sym.name}`);
    object = llvm.ConstantExpr.getBitCast(g, ir.ptr);
    known.set(sym, object);
  }
  return { kind: 'ref', value: object };
}

/** An internal function with the closure convention: (closure, params...) -> result. */
function closureFunction(pc: ProgramContext, name: string, kinds: CallKinds): llvm.Function {
  const { ir } = pc;
  const type = llvm.FunctionType.get(llvmKindType(pc, kinds.result), [ir.ptr, ...kinds.params.map((k) => llvmKindType(pc, k))], false);
  return llvm.Function.Create(type, Linkage.InternalLinkage, name, ir.module);
}

/**
 * The function value `v` of expression `node`, wrapped in an adapter when the
 * place it flows to calls it with other kinds than its own.
 */
export function adaptFunctionValue(ctx: FunctionContext, node: ts.Expression, v: TypedValue): TypedValue {
  if (v.kind !== 'ref') return v;
  // A function value that may be null (0, nullableref.ts) is not adapted, as when it was a tagged Value.
  if (admitsNull(ctx.checker.getTypeAtLocation(node))) return v;
  const flow = functionFlow(ctx.checker, node);
  if (!flow || compatible(flow.own, flow.target)) return v;
  return { kind: 'ref', value: makeAdapter(ctx, node, v.value, flow.own, flow.target) };
}

/** The kinds of a function value and of the function type it flows into, when it flows into one. */
function functionFlow(checker: ts.TypeChecker, node: ts.Expression): { own: CallKinds; target: CallKinds } | undefined {
  if (!isLeaf(node)) return undefined;
  const ownSig = singleSignature(checker, checker.getTypeAtLocation(node));
  if (!ownSig) return undefined;
  const context = checker.getContextualType(node);
  const targetSig = context && singleSignature(checker, context);
  if (!targetSig || targetSig === ownSig || consumedByItsOwnType(checker, node)) return undefined;
  if (!representable(checker, targetSig, node) || !representable(checker, ownSig, node)) return undefined;
  return { own: signatureCallKinds(checker, ownSig, node), target: signatureCallKinds(checker, targetSig, node) };
}

/** For the subset checker: why the function value `node` cannot flow where it goes, if it cannot. */
export function functionFlowProblem(checker: ts.TypeChecker, node: ts.Expression): string | undefined {
  const flow = functionFlow(checker, node);
  if (!flow || compatible(flow.own, flow.target)) return undefined;
  const { own, target } = flow;
  const where = checker.typeToString(checker.getContextualType(node)!);
  const bad = (from: Kind, to: Kind): boolean => !convertible(from, to);
  for (let i = 0; i < Math.min(own.params.length, target.params.length); i++) {
    if (bad(target.params[i], own.params[i])) return problem(node, where, target.params[i], own.params[i]);
  }
  if (target.result !== 'void' && bad(own.result, target.result)) return problem(node, where, own.result, target.result);
  return undefined;
}

function problem(node: ts.Node, where: string, from: Kind, to: Kind): string {
  return `'${node.getText().slice(0, 40)}' cannot be used as a '${where}': tsxen would pass a ${from} where the function expects a ${to}. Wrap it in an arrow function that converts.`;
}

/** Expressions that produce a function value themselves (not parentheses, conditionals or logical operators around one). */
function isLeaf(node: ts.Expression): boolean {
  return ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) ||
    ts.isCallExpression(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

function singleSignature(checker: ts.TypeChecker, type: ts.Type): ts.Signature | undefined {
  const sigs = checker.getNonNullableType(type).getCallSignatures();
  return sigs.length === 1 ? sigs[0] : undefined;
}

/** Every parameter and the result have a kind (no unbound type parameters). */
function representable(checker: ts.TypeChecker, sig: ts.Signature, at: ts.Node): boolean {
  if (sig.getTypeParameters()?.length) return false;
  const ret = checker.getReturnTypeOfSignature(sig);
  if (!(ret.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never)) && !kindOfType(ret)) return false;
  return sig.getParameters().every((p) => kindOfType(checker.getTypeOfSymbolAtLocation(p, at)) !== undefined);
}

/**
 * Arguments whose consumer calls them through the argument's own type: library
 * callbacks (map, filter, sort... lowered with the callback's own kinds) and
 * generic functions of the program (their copy binds type parameters from
 * the argument).
 */
function consumedByItsOwnType(checker: ts.TypeChecker, node: ts.Expression): boolean {
  const call = node.parent;
  if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.includes(node)) return false;
  const decl = checker.getResolvedSignature(call)?.getDeclaration();
  if (!decl) return true;
  if (decl.typeParameters?.length && !decl.getSourceFile().isDeclarationFile) return true;
  if (!decl.getSourceFile().isDeclarationFile) return false;
  // A library parameter typed by a type parameter (Map.set's V, push's T) stores the value: adapt it.
  const index = call.arguments.indexOf(node);
  const param = decl.parameters[Math.min(index, decl.parameters.length - 1)];
  const typeNode = param?.dotDotDotToken && param.type && ts.isArrayTypeNode(param.type) ? param.type.elementType : param?.type;
  return !(typeNode && checker.getTypeFromTypeNode(typeNode).flags & ts.TypeFlags.TypeParameter);
}

/**
 * Whether a closure built for `own` can be called with `target`'s kinds as is:
 * the parameters the caller passes have the callee's kinds, the caller passes
 * every parameter the callee reads, and the result is the same (or discarded).
 */
function compatible(own: CallKinds, target: CallKinds): boolean {
  if (own.params.length > target.params.length) return false;
  if (own.params.some((k, i) => k !== target.params[i])) return false;
  return target.result === 'void' || own.result === target.result;
}

let adapterCount = 0;

function makeAdapter(ctx: FunctionContext, node: ts.Expression, closure: llvm.Value, own: CallKinds, target: CallKinds): llvm.Value {
  const pc = ctx.program;
  const { b } = ctx;
  const name = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : functionName(node);
  const type = pc.types.add(name, [{ name: 'fn', kind: 'ref', raw: true }, { name: 'target', kind: 'ref' }], FLAG_CALLABLE, undefined, ShapeKind.Closure);
  const fn = closureFunction(pc, `adapter.${adapterCount++}`, target);
  pc.pendingBodies.push(() => defineAdapter(pc, fn, type, own, target));
  const object = allocObject(ctx, type);
  b.CreateStore(b.CreateBitCast(fn, ctx.ir.ptr), slotAddress(ctx, object, findSlotOf(type, 'fn')));
  b.CreateStore(closure, slotAddress(ctx, object, findSlotOf(type, 'target')));
  return object;
}

function functionName(node: ts.Expression): string {
  const p = node.parent;
  if (ts.isFunctionExpression(node) && node.name) return node.name.text;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return '';
}

function defineAdapter(pc: ProgramContext, fn: llvm.Function, type: ReturnType<ProgramContext['types']['add']>, own: CallKinds, target: CallKinds): void {
  const ctx = new FunctionContext(pc, fn, target.result);
  const { b, ir } = ctx;
  const inner = b.CreateLoad(ir.ptr, slotAddress(ctx, fn.getArg(0), findSlotOf(type, 'target')));
  const args = own.params.map((k, i) => {
    if (i >= target.params.length) return k === 'value' ? constantValue(ctx, ValueTag.Undefined) : llvm.Constant.getNullValue(llvmKindType(pc, k));
    return coerce(ctx, { kind: target.params[i], value: fn.getArg(i + 1) }, k).value;
  });
  const r = callClosure(ctx, inner, own.params, own.result, args);
  if (target.result === 'void') b.CreateRetVoid();
  else b.CreateRet(coerce(ctx, r, target.result).value);
  ctx.finish();
}

/** The conversions coerce can make (between equal kinds, to and from Values, string and ref). */
function convertible(from: Kind, to: Kind): boolean {
  return from === to || from === 'value' || to === 'value' || ((from === 'string' || from === 'ref') && (to === 'string' || to === 'ref'));
}
