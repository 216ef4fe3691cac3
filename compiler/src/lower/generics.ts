// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Generic functions, monomorphised by representation: each call site binds
// every type parameter to the kind of its type argument (number, boolean,
// string, reference or tagged Value), and one copy of the function is
// compiled per distinct binding. All object types share the reference copy
// (member access inside it dispatches over the shapes the constraint admits).
// While a copy's body is lowered, kindOfType reads type parameters through
// the active binding (kinds.ts).

import ts from 'typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, UserFunction } from './context.js';
import { Kind, kindOfType, paramKind, withTypeParameterKinds } from './kinds.js';
import { arrayElementKind } from './arrays.js';
import { llvmKindType } from './classes.js';
import { internalError } from './errors.js';
import { resultKind } from './closures.js';

const Linkage = llvm.Function.LinkageTypes;

export interface GenericFunction {
  decl: ts.FunctionDeclaration;
  instances: Map<string, UserFunction>;
}

/** The kind each of the callee's type parameters takes at this call. */
export function bindTypeParameters(ctx: { checker: ts.TypeChecker }, decl: ts.FunctionDeclaration, call: ts.CallExpression): Map<ts.Type, Kind> {
  const checker = ctx.checker;
  const sig = checker.getResolvedSignature(call);
  if (!sig) throw internalError(call, 'generic call without a signature');
  const params = new Set((decl.typeParameters ?? []).map((tp) => checker.getTypeAtLocation(tp)));
  const binding = new Map<ts.Type, Kind>();
  // Walks a declared type alongside its instantiation at this call, binding
  // each type parameter where it appears bare (T), as an element (T[]), or
  // in a function type's parameters or result.
  const match = (node: ts.TypeNode | undefined, inst: ts.Type | undefined): void => {
    if (!node || !inst) return;
    if (ts.isTypeReferenceNode(node)) {
      const t = checker.getTypeFromTypeNode(node);
      if (params.has(t) && !binding.has(t)) {
        const k = kindOfType(inst);
        if (k) binding.set(t, k);
      } else if (node.typeArguments && inst.flags & ts.TypeFlags.Object && (inst as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
        // Box<T> against Box<number>: the arguments pairwise.
        const args = checker.getTypeArguments(inst as ts.TypeReference);
        node.typeArguments.forEach((a, i) => match(a, args[i]));
      }
    } else if (ts.isArrayTypeNode(node)) {
      if (checker.isArrayLikeType(inst) && !inst.isUnion()) match(node.elementType, checker.getTypeArguments(inst as ts.TypeReference)[0]);
    } else if (ts.isFunctionTypeNode(node)) {
      const instSig = inst.getCallSignatures()[0];
      if (!instSig) return;
      node.parameters.forEach((p, i) => {
        const s = instSig.getParameters()[i];
        match(p.type, s && checker.getTypeOfSymbolAtLocation(s, call));
      });
      match(node.type, checker.getReturnTypeOfSignature(instSig));
    } else if (ts.isParenthesizedTypeNode(node)) {
      match(node.type, inst);
    } else if (ts.isTypeLiteralNode(node)) {
      // { xs: T[] } against { xs: number[] }: property by property.
      for (const m of node.members) {
        if (!ts.isPropertySignature(m) || !m.type || !m.name || !ts.isIdentifier(m.name)) continue;
        const prop = inst.getProperty(m.name.text);
        if (prop) match(m.type, checker.getTypeOfSymbolAtLocation(prop, call));
      }
    }
  };
  decl.parameters.forEach((p, i) => {
    const s = sig.getParameters()[i];
    match(p.type, s && checker.getTypeOfSymbolAtLocation(s, call));
  });
  match(decl.type, checker.getReturnTypeOfSignature(sig));
  for (const t of params) if (!binding.has(t)) binding.set(t, 'value');
  return binding;
}

function bindingKey(decl: ts.FunctionDeclaration, binding: Map<ts.Type, Kind>, checker: ts.TypeChecker): string {
  return (decl.typeParameters ?? []).map((tp) => binding.get(checker.getTypeAtLocation(tp))).join(',');
}

/** The copy of `generic` for this binding, declared (and its body queued) on first use. */
export function instantiate(ctx: FunctionContext, generic: GenericFunction, binding: Map<ts.Type, Kind>): UserFunction {
  const pc = ctx.program;
  const key = bindingKey(generic.decl, binding, pc.checker);
  const known = generic.instances.get(key);
  if (known) return known;
  const decl = generic.decl;
  const target = withTypeParameterKinds(binding, () => {
    const sig = pc.checker.getSignatureFromDeclaration(decl)!;
    const params = decl.parameters.map((p) => paramKind(pc.checker, p) ?? 'value');
    const result = resultKind(pc.checker.getReturnTypeOfSignature(sig));
    const type = llvm.FunctionType.get(llvmKindType(pc, result), params.map((k) => llvmKindType(pc, k)), false);
    const fn = llvm.Function.Create(type, Linkage.InternalLinkage, `ts.${decl.name!.text}<${key}>`, pc.ir.module);
    return { fn, params, result };
  });
  generic.instances.set(key, target);
  pc.pendingBodies.push(() => withTypeParameterKinds(binding, () => pc.defineGenericBody!(decl, target)));
  return target;
}

export function registerGenerics(pc: ProgramContext, functions: readonly ts.FunctionDeclaration[]): void {
  for (const decl of functions) {
    if (!decl.typeParameters) continue;
    pc.generics.set(pc.checker.getSymbolAtLocation(decl.name!)!, { decl, instances: new Map() });
  }
}
