// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Generic methods (instance and static), monomorphised like generic
// functions: each call binds the method's type parameters to kinds, and each
// implementing class compiles one copy per binding, under its own class
// binding as well. Overrides bind their own type parameters by position.

import ts from '#typescript';
import { FunctionContext } from './context.js';
import { ClassInfo, MethodImpl, declareMethod, isStatic, memberName } from './classes.js';
import { Kind, withTypeParameterKinds } from './kinds.js';
import { bindTypeParameters } from './generics.js';

const copies = new WeakMap<ClassInfo, Map<string, MethodImpl>>();

/** The generic method a call resolves to (statically: a class's, an abstract one, or an interface's), if it is one. */
export function genericMethodOf(checker: ts.TypeChecker, node: ts.CallExpression): ts.MethodDeclaration | ts.MethodSignature | undefined {
  const decl = checker.getResolvedSignature(node)?.getDeclaration();
  return decl && (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) && decl.typeParameters?.length ? decl : undefined;
}

/** The kinds this call binds the method's type parameters to, in declaration order. */
export function genericCallKinds(ctx: FunctionContext, node: ts.CallExpression): Kind[] | undefined {
  const decl = genericMethodOf(ctx.checker, node);
  if (!decl) return undefined;
  const binding = bindTypeParameters(ctx, decl as unknown as ts.FunctionDeclaration, node);
  return decl.typeParameters!.map((tp) => binding.get(ctx.checker.getTypeAtLocation(tp)) ?? 'value');
}

/** The declaration of generic method `name` that class `k` uses (own or inherited), with its owner. */
function findDecl(k: ClassInfo, name: string, wantStatic: boolean): { decl: ts.MethodDeclaration; owner: ClassInfo } | undefined {
  for (let c: ClassInfo | undefined = k; c; c = c.base) {
    const decl = c.decl?.members.find((m): m is ts.MethodDeclaration =>
      ts.isMethodDeclaration(m) && !!m.body && memberName(m) === name && isStatic(m) === wantStatic);
    if (decl) return decl.typeParameters?.length ? { decl, owner: c } : undefined;
  }
  return undefined;
}

/** The copy of generic method `name` that class `k` runs for these kinds (declared, body queued, on first use). */
export function instantiateMethod(ctx: FunctionContext, k: ClassInfo, name: string, kinds: Kind[], wantStatic: boolean): MethodImpl | undefined {
  const found = findDecl(k, name, wantStatic);
  if (!found) return undefined;
  const pc = ctx.program;
  const { decl } = found;
  // Statics belong to the class: its first instance owns them.
  const owner = wantStatic ? pc.classes.get(found.owner.symbol) ?? found.owner : found.owner;
  const key = `${wantStatic ? 'static' : 'method'}:${name}<${kinds.join(',')}>`;
  const cache = copies.get(owner) ?? new Map<string, MethodImpl>();
  copies.set(owner, cache);
  const known = cache.get(key);
  if (known) return known;
  const binding = new Map([...(owner.binding ?? []), ...decl.typeParameters!.map((tp, i) => [pc.checker.getTypeAtLocation(tp), kinds[i] ?? 'value'] as [ts.Type, Kind])]);
  const impl = withTypeParameterKinds(binding, () => declareMethod(pc, owner, decl, 'method', wantStatic, `<${kinds.join(',')}>`));
  cache.set(key, impl);
  pc.pendingBodies.push(() => withTypeParameterKinds(binding, () => pc.defineMethodBody!(owner, impl)));
  return impl;
}
