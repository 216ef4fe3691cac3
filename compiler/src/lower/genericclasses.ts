// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Generic classes, monomorphised by representation: each binding of a
// class's type parameters to kinds that the program uses (Box<number>,
// Box<string>, Box<object>...) is laid out as its own class, with its own
// tag, fields and methods. Instances must all be known before tags are
// numbered (a subclass's tags follow its base's), so a discovery pass walks
// the program first: every type it meets that names a generic class records
// an instance, and each new instance (and each generic function copy) has
// its body walked under its own binding, until nothing new turns up.
// Discovering too many instances is harmless (unused code); too few is not.

import ts from '#typescript';
import { Kind, kindOfType, withTypeParameterKinds } from './kinds.js';
import { bindTypeParameters } from './generics.js';

/** One class to lay out: a non-generic class, or one instance of a generic class. */
export interface ClassInstance {
  decl: ts.ClassDeclaration;
  /** The class's type parameters bound to kinds (empty for a non-generic class). */
  binding: Map<ts.Type, Kind>;
  /** The kinds joined: '' for a non-generic class. */
  key: string;
  /** Types the program uses for this instance (structural receivers test them). */
  witnesses: ts.Type[];
}

export function isGenericClass(decl: ts.ClassDeclaration): boolean {
  return (decl.typeParameters?.length ?? 0) > 0;
}

/** The kinds of a class type's own type arguments (Box<number> → ['number']), read under the active binding. */
export function typeArgumentKinds(checker: ts.TypeChecker, decl: ts.ClassDeclaration, type: ts.Type): Kind[] | undefined {
  const n = decl.typeParameters?.length ?? 0;
  if (n === 0) return [];
  if (!(type.flags & ts.TypeFlags.Object) || !((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)) return undefined;
  const args = checker.getTypeArguments(type as ts.TypeReference).slice(0, n);
  if (args.length !== n) return undefined;
  const kinds = args.map((a) => kindOfType(a));
  return kinds.some((k) => k === undefined || k === 'void') ? undefined : (kinds as Kind[]);
}

export function bindingOf(checker: ts.TypeChecker, decl: ts.ClassDeclaration, kinds: Kind[]): Map<ts.Type, Kind> {
  return new Map((decl.typeParameters ?? []).map((tp, i) => [checker.getTypeAtLocation(tp), kinds[i]]));
}

/**
 * The kinds the subset checker (and a class no code instantiates) uses: a
 * parameter constrained to objects is a reference, any other a tagged Value.
 */
export function defaultKinds(checker: ts.TypeChecker, params: readonly ts.TypeParameterDeclaration[]): Kind[] {
  return params.map((tp) => {
    const c = checker.getBaseConstraintOfType(checker.getTypeAtLocation(tp));
    return c && kindOfType(c) === 'ref' ? 'ref' : 'value';
  });
}

/** Every class instance the program may create or refer to, by declaration. */
export function discoverClassInstances(checker: ts.TypeChecker, file: ts.SourceFile): Map<ts.ClassDeclaration, ClassInstance[]> {
  const classes = file.statements.filter(ts.isClassDeclaration);
  const bySymbol = new Map<ts.Symbol, ts.ClassDeclaration>();
  for (const d of classes) bySymbol.set(checker.getSymbolAtLocation(d.name!)!, d);
  const out = new Map<ts.ClassDeclaration, ClassInstance[]>();
  const work: (() => void)[] = [];
  const walkedFunctions = new Set<string>();

  const record = (decl: ts.ClassDeclaration, kinds: Kind[], witness: ts.Type | undefined): void => {
    const list = out.get(decl) ?? [];
    out.set(decl, list);
    const key = kinds.join(',');
    const known = list.find((i) => i.key === key);
    if (known) {
      if (witness && !known.witnesses.includes(witness)) known.witnesses.push(witness);
      return;
    }
    const inst: ClassInstance = { decl, binding: bindingOf(checker, decl, kinds), key, witnesses: witness ? [witness] : [] };
    list.push(inst);
    if (isGenericClass(decl)) work.push(() => withTypeParameterKinds(inst.binding, () => walk(decl, true)));
  };

  const visitType = (t: ts.Type, depth: number): void => {
    if (depth > 4) return;
    if (t.isUnionOrIntersection()) return t.types.forEach((m) => visitType(m, depth + 1));
    if (!(t.flags & ts.TypeFlags.Object)) return;
    const sym = t.getSymbol();
    const decl = sym && bySymbol.get(sym);
    if (decl && isGenericClass(decl)) {
      const kinds = typeArgumentKinds(checker, decl, t);
      if (kinds) record(decl, kinds, t);
    }
    if ((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
      for (const a of checker.getTypeArguments(t as ts.TypeReference)) if (a !== t) visitType(a, depth + 1);
    }
    for (const sig of t.getCallSignatures()) {
      for (const p of sig.getParameters()) if (p.valueDeclaration) visitType(checker.getTypeOfSymbolAtLocation(p, p.valueDeclaration), depth + 1);
      visitType(checker.getReturnTypeOfSignature(sig), depth + 1);
    }
  };

  const walk = (node: ts.Node, inside: boolean): void => {
    // Generic classes and functions are walked per binding, from where they are used.
    if (!inside && ts.isClassDeclaration(node) && isGenericClass(node)) return;
    if (!inside && ts.isFunctionDeclaration(node) && node.typeParameters && ts.isSourceFile(node.parent)) return;
    if (ts.isExpressionWithTypeArguments(node) || ts.isTypeReferenceNode(node)) {
      visitType(checker.getTypeAtLocation(node), 0);
    } else if (ts.isIdentifier(node) || ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isPropertyAccessExpression(node) ||
      ts.isElementAccessExpression(node) || ts.isArrayLiteralExpression(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      if (!(ts.isIdentifier(node) && isTypePosition(node))) visitType(checker.getTypeAtLocation(node), 0);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const fn = checker.getSymbolAtLocation(node.expression)?.valueDeclaration;
      if (fn && ts.isFunctionDeclaration(fn) && fn.typeParameters && ts.isSourceFile(fn.parent) && fn.body) {
        const binding = bindTypeParameters({ checker }, fn, node);
        const key = `${fn.pos}:${[...binding.values()].join(',')}`;
        if (!walkedFunctions.has(key)) {
          walkedFunctions.add(key);
          work.push(() => withTypeParameterKinds(binding, () => walk(fn, true)));
        }
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) walkGenericMethod(node, node.expression);
    ts.forEachChild(node, (c) => walk(c, inside));
  };

  // A generic method's body, under the call's binding and the receiver's class binding.
  const walkGenericMethod = (node: ts.CallExpression, callee: ts.PropertyAccessExpression): void => {
    const decl = checker.getResolvedSignature(node)?.getDeclaration();
    if (!decl || !ts.isMethodDeclaration(decl) || !decl.typeParameters?.length || !decl.body || !ts.isClassDeclaration(decl.parent)) return;
    const binding = bindTypeParameters({ checker }, decl as unknown as ts.FunctionDeclaration, node);
    const cls = decl.parent;
    if (!isStaticMethod(decl) && isGenericClass(cls)) {
      let receiver = checker.getTypeAtLocation(callee.expression);
      if (receiver.flags & ts.TypeFlags.TypeParameter) receiver = checker.getBaseConstraintOfType(receiver) ?? receiver;
      const kinds = typeArgumentKinds(checker, cls, receiver);
      if (kinds) for (const [t, k] of bindingOf(checker, cls, kinds)) binding.set(t, k);
    }
    const key = `${decl.pos}:${[...binding.values()].join(',')}`;
    if (walkedFunctions.has(key)) return;
    walkedFunctions.add(key);
    work.push(() => withTypeParameterKinds(binding, () => walk(decl, true)));
  };

  for (const d of classes) if (!isGenericClass(d)) record(d, [], undefined);
  walk(file, false);
  while (work.length) work.shift()!();
  // A generic class no code instantiates still has statics: lay it out once with the checker's kinds.
  for (const d of classes) if (!out.get(d)?.length) record(d, defaultKinds(checker, d.typeParameters!), undefined);
  while (work.length) work.shift()!();
  return out;
}

function isStaticMethod(m: ts.MethodDeclaration): boolean {
  return (ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static) !== 0;
}

function isTypePosition(id: ts.Identifier): boolean {
  return ts.isTypeNode(id.parent) || ts.isTypeReferenceNode(id.parent) || ts.isTypeParameterDeclaration(id.parent);
}
