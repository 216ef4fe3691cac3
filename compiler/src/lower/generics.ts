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

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, UserFunction } from './context.js';
import { Kind, keysText, kindOfType, paramKind, withTypeParameterKinds } from './kinds.js';
import { bindKeys } from './indexedaccess.js';
import { arrayElementKind } from './arrays.js';
import { llvmKindType } from './classes.js';
import { internalError } from './errors.js';
import { resultKind, signatureCallKinds } from './closures.js';
import { Code, CompileError, tsxDiagnostic } from '../diagnostics.js';

const Linkage = llvm.Function.LinkageTypes;

export interface GenericFunction {
  decl: ts.FunctionDeclaration;
  instances: Map<string, UserFunction>;
}

function isNullishNode(t: ts.TypeNode): boolean {
  return t.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword);
}

/** The kind of the union of `members` (as kindOfType gives it for a union type). */
function unionKind(members: ts.Type[]): Kind {
  const kinds = new Set(members.map((m) => kindOfType(m)));
  if (kinds.size === 1) {
    const [k] = kinds;
    if (k && k !== 'void') return k;
  }
  return 'value';
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
  // Inside a generic type alias's body, its own type parameters stand for
  // the type arguments written at the use (Cmp<T> = (a: T, b: T) => number).
  type AliasArgs = Map<ts.Type, { arg: ts.TypeNode; scope: AliasArgs }>;
  let aliasArgs: AliasArgs = new Map();
  const match = (node: ts.TypeNode | undefined, inst: ts.Type | undefined): void => {
    if (!node || !inst) return;
    if (ts.isTypeReferenceNode(node)) {
      const t = checker.getTypeFromTypeNode(node);
      const alias = node.typeArguments && genericAliasOf(checker, node);
      const substituted = aliasArgs.get(t);
      if (substituted) {
        const outer = aliasArgs;
        aliasArgs = substituted.scope;
        match(substituted.arg, inst);
        aliasArgs = outer;
      } else if (params.has(t) && !binding.has(t)) {
        const k = kindOfType(inst);
        if (k && k !== 'void') binding.set(t, k); // `never` (from `[]`) pins nothing down
      } else if (alias) {
        const outer = aliasArgs;
        aliasArgs = new Map(alias.typeParameters!.map((tp, i) => [checker.getTypeAtLocation(tp), { arg: node.typeArguments![i], scope: outer }]));
        match(alias.type, inst);
        aliasArgs = outer;
      } else if (node.typeArguments && sameGeneric(t, inst)) {
        // Box<T> against Box<number>: the arguments pairwise.
        const args = checker.getTypeArguments(inst as ts.TypeReference);
        node.typeArguments.forEach((a, i) => match(a, args[i]));
      } else if (node.typeArguments && !aliasArgs.size) {
        // Container<T> against Stack<number> (a class implementing it): member by member.
        matchType(t, inst, 0);
      }
    } else if (ts.isUnionTypeNode(node)) {
      // `T | null` against `Item | null`: T is what the nullish members leave (nullableref.ts lays
      // `(T | null)[]` out as its caller's `(Item | null)[]` only when T is bound as Item is).
      const rest = node.types.filter((t) => !isNullishNode(t));
      if (rest.length !== 1) return;
      const drop = node.types.reduce((f, t) => f | (isNullishNode(t) ? checker.getTypeFromTypeNode(t).flags : 0), 0);
      const left = (inst.isUnion() ? inst.types : [inst]).filter((m) => !(m.flags & drop));
      if (left.length === 1) return match(rest[0], left[0]);
      const t = checker.getTypeFromTypeNode(rest[0]);
      if (params.has(t) && !binding.has(t) && left.length) binding.set(t, unionKind(left));
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
  // The same walk over types, for a generic interface against another type
  // that implements it: each member's declared type against the argument's.
  const matchType = (d: ts.Type, inst: ts.Type, depth: number): void => {
    if (depth > 4) return;
    if (params.has(d)) {
      const k = binding.has(d) ? undefined : kindOfType(inst);
      if (k && k !== 'void') binding.set(d, k);
      return;
    }
    if (d.isUnion()) {
      // `T | null` against `Item | null`, as match does for type nodes.
      const nullish = ts.TypeFlags.Null | ts.TypeFlags.Undefined;
      const rest = d.types.filter((t) => !(t.flags & nullish));
      if (rest.length !== 1) return;
      const drop = d.types.reduce((f, t) => f | (t.flags & nullish), 0);
      const left = (inst.isUnion() ? inst.types : [inst]).filter((m) => !(m.flags & drop));
      if (left.length === 1) return matchType(rest[0], left[0], depth + 1);
      if (params.has(rest[0]) && !binding.has(rest[0]) && left.length) binding.set(rest[0], unionKind(left));
      return;
    }
    if (sameGeneric(d, inst)) {
      const args = checker.getTypeArguments(inst as ts.TypeReference);
      checker.getTypeArguments(d as ts.TypeReference).forEach((a, i) => args[i] && matchType(a, args[i], depth + 1));
      return;
    }
    if (!(d.flags & ts.TypeFlags.Object) || !(inst.flags & ts.TypeFlags.Object)) return;
    const dSig = d.getCallSignatures()[0];
    const iSig = inst.getCallSignatures()[0];
    if (dSig && iSig) {
      dSig.getParameters().forEach((p, i) => {
        const q = iSig.getParameters()[i];
        if (q) matchType(checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(q), depth + 1);
      });
      matchType(dSig.getReturnType(), iSig.getReturnType(), depth + 1);
      return;
    }
    for (const p of checker.getPropertiesOfType(d)) {
      const q = inst.getProperty(p.name);
      if (q) matchType(checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(q), depth + 1);
    }
  };
  decl.parameters.forEach((p, i) => {
    const s = sig.getParameters()[i];
    match(p.type, s && checker.getTypeOfSymbolAtLocation(s, call));
  });
  match(decl.type, checker.getReturnTypeOfSignature(sig));
  // Not pinned down by the arguments: a Value, or a reference when the constraint is an object type (as the checker assumed).
  for (const t of params) {
    if (binding.has(t)) continue;
    const c = checker.getBaseConstraintOfType(t);
    binding.set(t, c && c !== t && kindOfType(c) === 'ref' ? 'ref' : 'value');
  }
  // Methods: the class's own type parameters are bound elsewhere (genericmethods.ts).
  if (ts.isFunctionDeclaration(decl) && ts.isSourceFile(decl.parent)) checkFunctionArguments(checker, decl, call, binding);
  bindKeys(checker, decl, call, sig, binding);
  return binding;
}

/**
 * A function passed to a generic function is called by the copy in the
 * kinds its binding gives the parameter's function type; a function whose
 * own kinds differ would be misread (a string where a Value is expected), so
 * the call is rejected when they cannot meet.
 */
function checkFunctionArguments(checker: ts.TypeChecker, decl: ts.FunctionDeclaration, call: ts.CallExpression, binding: Map<ts.Type, Kind>): void {
  decl.parameters.forEach((p, i) => {
    const arg = call.arguments[i];
    if (!arg || p.dotDotDotToken) return;
    const declSig = checker.getNonNullableType(checker.getTypeAtLocation(p)).getCallSignatures();
    const argSig = checker.getNonNullableType(checker.getTypeAtLocation(arg)).getCallSignatures();
    if (declSig.length !== 1 || argSig.length !== 1 || argSig[0].getTypeParameters()?.length) return;
    const want = withTypeParameterKinds(binding, () => signatureCallKinds(checker, declSig[0], p));
    const have = signatureCallKinds(checker, argSig[0], arg);
    const clash = have.params.some((k, j) => j < want.params.length && k !== want.params[j]) ||
      (want.result !== 'void' && have.result !== want.result);
    if (!clash) return;
    throw new CompileError([tsxDiagnostic(Code.UnsupportedType, arg,
      `'${arg.getText().slice(0, 40)}' cannot be passed to '${decl.name?.text}': its copy calls it with (${want.params.join(', ')}) => ${want.result}, but the function takes (${have.params.join(', ')}) => ${have.result}. Write the parameter's type so that its type parameters appear bare (e.g. (a: T, b: T) => number).`)]);
  });
}

/** Whether two types are instantiations of one generic class or interface (Box<T>, Box<number>). */
function sameGeneric(a: ts.Type, b: ts.Type): boolean {
  const ref = (t: ts.Type) => t.flags & ts.TypeFlags.Object && (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? (t as ts.TypeReference).target : undefined;
  const ta = ref(a);
  return ta !== undefined && ta === ref(b);
}

/** The declaration of the generic type alias a reference names, if it names one. */
function genericAliasOf(checker: ts.TypeChecker, node: ts.TypeReferenceNode): ts.TypeAliasDeclaration | undefined {
  const sym = checker.getSymbolAtLocation(node.typeName);
  const decl = sym?.declarations?.find(ts.isTypeAliasDeclaration);
  return decl?.typeParameters?.length ? decl : undefined;
}

function bindingKey(decl: ts.FunctionDeclaration, binding: Map<ts.Type, Kind>, checker: ts.TypeChecker): string {
  return (decl.typeParameters ?? []).map((tp) => binding.get(checker.getTypeAtLocation(tp))).join(',') +
    [...binding].filter(([t]) => t.flags & ts.TypeFlags.IndexedAccess).map(([, k]) => ',' + k).join('') + keysText(binding);
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
