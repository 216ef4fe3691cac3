// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Object literals: every `{ ... }` expression in the program is a shape with
// its own tag and layout, registered before any code is lowered so that a
// member access through an interface knows every shape that may arrive
// (closed world). A shape is a ClassInfo without methods or constructor;
// its methods are closures stored in fields.

import ts from 'typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { ClassInfo, allocObject, findSlotOf, slotAddress } from './classes.js';
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
      for (const name of names) {
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
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** `{ a: 1, b, m() {...} }`: a fresh object of the site's shape, members evaluated in order. */
export function lowerObjectLiteral(ctx: FunctionContext, node: ts.ObjectLiteralExpression): TypedValue {
  if (isDictionaryLiteral(ctx.checker, node)) return lowerRecordLiteral(ctx, node);
  const shape = ctx.program.literalShapes.get(node);
  if (!shape) throw internalError(node, 'unregistered object literal');
  // Methods using `this` capture the object itself: it exists before they do
  // (nothing can observe it half-built, its fields are zero until the stores below).
  const self = node.properties.some((p) => isLiteralMethod(p) && usesThis(p)) ? allocObject(ctx, shape.type) : undefined;
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
    const name = literalMemberName(p)!;
    let v: TypedValue;
    if (ts.isPropertyAssignment(p)) v = lowerExpr(ctx, p.initializer);
    else if (ts.isShorthandPropertyAssignment(p)) v = lowerExpr(ctx, p.name);
    else if (ts.isMethodDeclaration(p)) {
      const outerThis = ctx.thisValue;
      if (self) ctx.thisValue = self;
      v = lowerClosure(ctx, p as unknown as ts.FunctionExpression);
      ctx.thisValue = outerThis;
    }
    else throw internalError(p, 'object literal member');
    values.set(name, v);
  }
  // Allocate after evaluating the members: an exception in one leaves no half-built object.
  const object = self ?? allocObject(ctx, shape.type);
  for (const slot of shape.type.slots) if (slot.optional) storeHole(ctx, object, slot);
  for (const [name, v] of values) {
    const slot = findSlotOf(shape.type, name);
    ctx.b.CreateStore(coerce(ctx, v, slot.kind).value, slotAddress(ctx, object, slot));
  }
  return { kind: 'ref', value: object };
}
