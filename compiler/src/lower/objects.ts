// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Object literals: every `{ ... }` expression in the program is a shape with
// its own tag and layout, registered before any code is lowered so that a
// member access through an interface knows every shape that may arrive
// (closed world). A shape is a ClassInfo without methods or constructor;
// its methods are closures stored in fields.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { ClassInfo, allocObject, findSlotOf, frameObject, slotAddress } from './classes.js';
import { Kind, kindOfType } from './kinds.js';
import { ShapeKind } from './typetable.js';
import { coerce } from './values.js';
import { lowerExpr } from './expressions.js';
import { lowerClosure } from './closures.js';
import { internalError } from './errors.js';
import { isInAssignmentPattern } from './destructure.js';
import { isDictionaryLiteral, lowerRecordLiteral } from './records.js';
import { literalKeys, spreadKeys } from './spread.js';
import { memberRead } from './members.js';
import { isLiteralMethod, usesThis } from './captures.js';
import { holeMembers, storeHole } from './optional.js';
import { accessorField, rememberAccessorLiteral } from './literalaccessors.js';

const Linkage = llvm.Function.LinkageTypes;

/** The property name of an object-literal member, or undefined for forms tsxen does not lay out. */
export function literalMemberName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(p) || !p.name) return undefined;
  const n = p.name;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n)) return n.text;
  return undefined;
}

/** Registers a shape for every object literal in the file. */
export function registerObjectLiterals(pc: ProgramContext, file: ts.SourceFile): void {
  const { checker, ir } = pc;
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && !isInAssignmentPattern(node) && !isDictionaryLiteral(checker, node)) {
      const literalType = checker.getTypeAtLocation(node);
      const fields: { name: string; kind: Kind }[] = [];
      // With spreads, the keys come in order of first definition (lower/spread.ts).
      const names = node.properties.some(ts.isSpreadAssignment) ? literalKeys(checker, node) : node.properties.map(literalMemberName);
      for (const [i, name] of names.entries()) {
        const accessor = node.properties[i] && !node.properties.some(ts.isSpreadAssignment) ? accessorField(node.properties[i]) : undefined;
        if (accessor) { fields.push(accessor); continue; } // a getter or setter closure (literalaccessors.ts)
        if (name === undefined || fields.some((f) => f.name === name)) continue;
        const sym = literalType.getProperty(name);
        const kind = (sym && kindOfType(checker.getTypeOfSymbolAtLocation(sym, node))) ?? 'value';
        fields.push({ name, kind });
      }
      const holes = holeMembers(checker, node).filter((h) => !fields.some((f) => f.name === h)).map((name) => ({ name, kind: 'value' as Kind, optional: true }));
      const type = pc.types.add('Object', [...fields, ...holes], 0, undefined, ShapeKind.ObjectLiteral);
      const init = llvm.Function.Create(llvm.FunctionType.get(ir.void, [ir.ptr], false), Linkage.InternalLinkage, 'literal.init', ir.module);
      const shape: ClassInfo = {
        // Widened: a fresh literal type would fail assignability on excess properties.
        instanceType: checker.getWidenedType(literalType), symbol: literalType.getSymbol()!, name: 'Object', subclasses: [], type,
        methods: new Map(), init, initParams: [], statics: new Map(), staticMethods: new Map(),
        tagRange: [type.tag, type.tag], abstract: false,
      };
      // An unused declaration would be an external reference without a body: give it one.
      const bb = llvm.BasicBlock.Create(ir.context, 'entry', init);
      new llvm.IRBuilder(bb).CreateRetVoid();
      pc.literalShapes.set(node, shape);
      rememberAccessorLiteral(shape, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/**
 * Escape analysis for object literals, the simple case: `const p = {...}`
 * (or let) inside a function, with data members only, where every use of
 * `p` is `p.member` (read, write or call of a function-valued member) and
 * none is inside a nested function. Such a literal cannot outlive the call
 * and is made in the frame (classes.ts frameObject).
 */
export function isLocalOnlyLiteral(checker: ts.TypeChecker, node: ts.ObjectLiteralExpression): boolean {
  const decl = node.parent;
  if (!ts.isVariableDeclaration(decl) || decl.initializer !== node || !ts.isIdentifier(decl.name)) return false;
  if (!node.properties.every((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) return false;
  let fn: ts.Node | undefined = decl.parent;
  while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
  const body = fn && (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return false; // top level: a global, visible to every function
  const sym = checker.getSymbolAtLocation(decl.name);
  let local = true;
  const visit = (n: ts.Node, nested: boolean): void => {
    if (!local) return;
    if (ts.isShorthandPropertyAssignment(n) && checker.getShorthandAssignmentValueSymbol(n) === sym) {
      local = false;
      return;
    }
    if (ts.isIdentifier(n) && n !== decl.name && checker.getSymbolAtLocation(n) === sym) {
      const member = ts.isPropertyAccessExpression(n.parent) && n.parent.expression === n;
      if (nested || !member) local = false;
      return;
    }
    ts.forEachChild(n, (c) => visit(c, nested || ts.isFunctionLike(c)));
  };
  visit(body, false);
  return local;
}

/** `{ a: 1, b, m() {...} }`: a fresh object of the site's shape, members evaluated in order. */
export function lowerObjectLiteral(ctx: FunctionContext, node: ts.ObjectLiteralExpression): TypedValue {
  if (isDictionaryLiteral(ctx.checker, node)) return lowerRecordLiteral(ctx, node);
  const shape = ctx.program.literalShapes.get(node);
  if (!shape) throw internalError(node, 'unregistered object literal');
  // Methods using `this` capture the object itself: it exists before they do
  // (nothing can observe it half-built, its fields are zero until the stores below).
  const self = node.properties.some((p) => (isLiteralMethod(p) && usesThis(p)) || accessorField(p)) ? allocObject(ctx, shape.type) : undefined;
  // Later members override earlier ones in place, as JS's [[DefineOwnProperty]] does.
  const values = new Map<string, TypedValue>();
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      const sourceType = ctx.checker.getTypeAtLocation(p.expression);
      const source = coerce(ctx, lowerExpr(ctx, p.expression), 'ref').value;
      for (const key of spreadKeys(ctx.checker, p.expression)) {
        const kind = findSlotOf(shape.type, key).kind;
        values.set(key, { kind, value: memberRead(ctx, source, sourceType, key, kind, p) });
      }
      continue;
    }
    const accessor = accessorField(p);
    let name = literalMemberName(p)!;
    let v: TypedValue;
    if (ts.isPropertyAssignment(p)) v = lowerExpr(ctx, p.initializer);
    else if (ts.isShorthandPropertyAssignment(p)) v = lowerExpr(ctx, p.name);
    else if (ts.isMethodDeclaration(p) || accessor) {
      if (accessor) name = accessor.name;
      const outerThis = ctx.thisValue;
      if (self) ctx.thisValue = self;
      v = lowerClosure(ctx, p as unknown as ts.FunctionExpression);
      ctx.thisValue = outerThis;
    }
    else throw internalError(p, 'object literal member');
    values.set(name, v);
  }
  // Allocate after evaluating the members: an exception in one leaves no half-built object.
  const object = self ?? (isLocalOnlyLiteral(ctx.checker, node) ? frameObject(ctx, shape.type) : allocObject(ctx, shape.type));
  for (const slot of shape.type.slots) if (slot.optional) storeHole(ctx, object, slot);
  for (const [name, v] of values) {
    const slot = findSlotOf(shape.type, name);
    ctx.b.CreateStore(coerce(ctx, v, slot.kind).value, slotAddress(ctx, object, slot));
  }
  return { kind: 'ref', value: object };
}
