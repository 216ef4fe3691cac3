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
    if (ts.isObjectLiteralExpression(node)) {
      const literalType = checker.getTypeAtLocation(node);
      const fields: { name: string; kind: Kind }[] = [];
      for (const p of node.properties) {
        const name = literalMemberName(p);
        if (name === undefined) continue;
        const sym = literalType.getProperty(name);
        const kind = (sym && kindOfType(checker.getTypeOfSymbolAtLocation(sym, node))) ?? 'value';
        fields.push({ name, kind });
      }
      const type = pc.types.add('Object', fields, 0, undefined, ShapeKind.ObjectLiteral);
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
  const shape = ctx.program.literalShapes.get(node);
  if (!shape) throw internalError(node, 'unregistered object literal');
  const values: [string, TypedValue][] = [];
  for (const p of node.properties) {
    const name = literalMemberName(p)!;
    let v: TypedValue;
    if (ts.isPropertyAssignment(p)) v = lowerExpr(ctx, p.initializer);
    else if (ts.isShorthandPropertyAssignment(p)) v = lowerExpr(ctx, p.name);
    else if (ts.isMethodDeclaration(p)) v = lowerClosure(ctx, p as unknown as ts.FunctionExpression);
    else throw internalError(p, 'object literal member');
    values.push([name, v]);
  }
  // Allocate after evaluating the members: an exception in one leaves no half-built object.
  const object = allocObject(ctx, shape.type);
  for (const [name, v] of values) {
    const slot = findSlotOf(shape.type, name);
    ctx.b.CreateStore(coerce(ctx, v, slot.kind).value, slotAddress(ctx, object, slot));
  }
  return { kind: 'ref', value: object };
}
