// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Indexed access types in generic functions: `function get<T, K extends
// keyof T>(o: T, k: K): T[K] { return o[k]; }`. Each call passes a literal
// key (`get(cfg, "port")`), so the copy for that call knows the key: K is
// bound to it (the copy is per key), and T[K] to the kind of the member's
// type at the call. `o[k]` in the copy reads member `key` of o, dispatching
// over the classes and literals that have it. A key that is not a single
// literal (a `string`, a union of keys) would need a run-time lookup by name,
// which fixed-shape objects do not have: such a call is rejected.

import ts from '#typescript';
import { FunctionContext, TypedValue } from './context.js';
import { Kind, activeKey, attachKeys, kindOfType } from './kinds.js';
import { ClassInfo, allClasses, findSlot, resolveMethod, switchOnTag } from './classes.js';
import { memberRead } from './members.js';
import { coerce } from './values.js';
import { lowerExpr, kindOf } from './expressions.js';
import { Code, CompileError, tsxDiagnostic } from '../diagnostics.js';


/** Whether `t` is a type parameter constrained by `keyof X`. */
export function isKeyParameter(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (!(t.flags & ts.TypeFlags.TypeParameter)) return false;
  const decl = t.getSymbol()?.declarations?.[0];
  return !!decl && ts.isTypeParameterDeclaration(decl) && !!decl.constraint &&
    ts.isTypeOperatorNode(decl.constraint) && decl.constraint.operator === ts.SyntaxKind.KeyOfKeyword;
}

/**
 * Binds the key parameters of a generic call to the literal keys it passes,
 * and each indexed access type of the signature to its kind at the call.
 */
export function bindKeys(checker: ts.TypeChecker, decl: ts.SignatureDeclaration, call: ts.CallExpression, sig: ts.Signature, binding: Map<ts.Type, Kind>): Map<ts.Type, string> {
  const keys = new Map<ts.Type, string>();
  for (const tp of decl.typeParameters ?? []) {
    const t = checker.getTypeAtLocation(tp);
    if (!isKeyParameter(checker, t)) continue;
    const i = decl.parameters.findIndex((p) => p.type && checker.getTypeFromTypeNode(p.type) === t);
    const arg = i >= 0 ? call.arguments[i] : undefined;
    const argType = arg && checker.getTypeAtLocation(arg);
    if (!argType || !(argType.isStringLiteral() || argType.isNumberLiteral())) {
      throw new CompileError([tsxDiagnostic(Code.UnsupportedType, arg ?? call,
        `The key passed for '${tp.name.text}' (a 'keyof' type parameter) must be a literal here ('"name"'): tsxen compiles a copy of '${decl.name?.getText() ?? 'the function'}' per key, since fixed-shape objects have no lookup by a run-time name.`)]);
    }
    keys.set(t, String(argType.value));
    binding.set(t, kindOfType(argType) ?? 'string');
  }
  if (keys.size === 0) return keys;
  attachKeys(binding, keys);
  // Each T[K] of the declaration: the kind of member `key` of T's type at this call.
  const concrete = (t: ts.Type): ts.Type | undefined => {
    for (const [i, p] of decl.parameters.entries()) {
      const arg = call.arguments[i];
      if (!p.type || !arg) continue;
      const argType = checker.getTypeAtLocation(arg);
      if (checker.getTypeFromTypeNode(p.type) === t) return argType;
      if (ts.isArrayTypeNode(p.type) && checker.getTypeFromTypeNode(p.type.elementType) === t && checker.isArrayType(argType)) return checker.getTypeArguments(argType as ts.TypeReference)[0];
    }
    return undefined;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isIndexedAccessTypeNode(n)) {
      const key = keys.get(checker.getTypeFromTypeNode(n.indexType));
      const object = concrete(checker.getTypeFromTypeNode(n.objectType));
      const member = key !== undefined && object ? checker.getApparentType(object).getProperty(key) : undefined;
      const t = checker.getTypeFromTypeNode(n);
      if (!member) throw new CompileError([tsxDiagnostic(Code.UnsupportedType, call, `tsxen cannot tell what '${n.getText()}' is at this call of '${decl.name?.getText()}' (the object type must be a parameter's type 'T' or 'T[]').`)]);
      binding.set(t, kindOfType(checker.getTypeOfSymbol(member)) ?? 'value');
    }
    ts.forEachChild(n, visit);
  };
  visit(decl);
  return keys;
}

/** `o[k]` where k is a key parameter bound to a literal in this copy, or undefined. */
export function lowerKeyedRead(ctx: FunctionContext, node: ts.ElementAccessExpression): TypedValue | undefined {
  const keyType = ctx.checker.getTypeAtLocation(node.argumentExpression);
  const key = activeKey(keyType);
  if (key === undefined) return undefined;
  const kind = kindOf(ctx, node);
  const object = coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value;
  lowerExpr(ctx, node.argumentExpression); // evaluated, as JS does (its value is the key)
  const pc = ctx.program;
  const all: ClassInfo[] = [...allClasses(pc), ...pc.literalShapes.values(), ...pc.parsedShapes.values()];
  // Shapes with that member in a representation this copy can read (others cannot reach it).
  const readable = (c: ClassInfo): boolean => {
    const slot = findSlot(c, key);
    if (slot) return slot.kind === kind || kind === 'value' || slot.kind === 'value' || (slot.kind !== 'number' && slot.kind !== 'boolean' && kind !== 'number' && kind !== 'boolean');
    return !!resolveMethod(c, `get:${key}`);
  };
  const owners = all.filter((c) => !c.abstract && readable(c));
  const value = switchOnTag(ctx, object, kind, owners.map((c) => ({
    tags: [c.type.tag],
    emit: () => memberRead(ctx, object, c.instanceType, key, kind, node),
  })));
  return { kind, value: value! };
}

/** The indexed access types (T[K]) written in a generic function's signature and body. */
export function indexedAccessTypes(checker: ts.TypeChecker, decl: ts.FunctionDeclaration): ts.Type[] {
  const out: ts.Type[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIndexedAccessTypeNode(n)) out.push(checker.getTypeFromTypeNode(n));
    ts.forEachChild(n, visit);
  };
  visit(decl);
  return out;
}

/** The top-level generic function declaring the key parameter `node` indexes with, if it is one. */
export function keyedFunctionOf(node: ts.ElementAccessExpression): ts.FunctionDeclaration | undefined {
  let fn: ts.Node | undefined = node.parent;
  while (fn && !ts.isFunctionDeclaration(fn)) fn = fn.parent;
  return fn && ts.isSourceFile(fn.parent) && (fn as ts.FunctionDeclaration).typeParameters ? fn as ts.FunctionDeclaration : undefined;
}
