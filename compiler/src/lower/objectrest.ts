// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Object rest patterns: `const { a, ...rest } = obj` (declarations,
// parameters, for-of). `rest` is a fresh plain object holding the source's
// remaining own data properties in the source's order. As for spread
// (spread.ts), the source's own keys must be known at compile time: every
// class or literal of the program that can be the source has the same own
// keys in the same order. Each rest pattern is a shape of its own, registered
// before any code is lowered, keyed by its (anonymous) rest type.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { ClassInfo, allocObject, findSlotOf, slotAddress } from './classes.js';
import { Kind, kindOfType } from './kinds.js';
import { ShapeKind } from './typetable.js';
import { coerce } from './values.js';
import { ownKeysOf } from './spread.js';
import { memberRead } from './members.js';
import { isDictionaryType } from './records.js';
import { internalError } from './errors.js';

const Linkage = llvm.Function.LinkageTypes;

/** Each rest pattern's shape (TypeScript makes a fresh rest type at each query, so the node is the key). */
const shapes = new WeakMap<ts.BindingElement, ClassInfo>();

/** `...rest` in an object binding pattern. */
export function isObjectRest(el: ts.Node): el is ts.BindingElement {
  return ts.isBindingElement(el) && !!el.dotDotDotToken && ts.isObjectBindingPattern(el.parent);
}

/** The type of the value the pattern holding `rest` destructures. */
function restSourceType(checker: ts.TypeChecker, rest: ts.BindingElement): ts.Type {
  return checker.getTypeAtLocation(rest.parent);
}

/** The keys `rest` receives, in the source's order: its own keys minus those the pattern names. */
function restKeys(checker: ts.TypeChecker, rest: ts.BindingElement, source: ts.Type): string[] {
  const pattern = rest.parent as ts.ObjectBindingPattern;
  const named = new Set(pattern.elements.filter((e) => e !== rest).map((e) => {
    const key = e.propertyName ?? e.name;
    return ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key) ? key.text : '';
  }));
  return ownKeysOf(checker, source, rest).filter((k) => !named.has(k));
}

/** Why a rest pattern cannot be lowered, if it cannot (for the subset checker). */
export function objectRestProblem(checker: ts.TypeChecker, rest: ts.BindingElement): string | undefined {
  const holder = rest.parent.parent;
  let init = ts.isVariableDeclaration(holder) || ts.isParameter(holder) ? holder.initializer : undefined;
  while (init && ts.isParenthesizedExpression(init)) init = init.expression;
  if (init && ts.isObjectLiteralExpression(init)) return 'A rest element over an object literal written in the declaration (assign the literal to a typed variable first)';
  const source = restSourceType(checker, rest);
  if (isDictionaryType(checker, checker.getNonNullableType(source))) return 'A rest element in a pattern over a record (its keys are not known at compile time; copy it with a record literal)';
  if ((rest.parent as ts.ObjectBindingPattern).elements.some((e) => e.propertyName && ts.isComputedPropertyName(e.propertyName))) return 'A rest element after a computed key';
  const restType = checker.getTypeAtLocation(rest);
  for (const k of restKeys(checker, rest, source)) {
    const p = restType.getProperty(k);
    if (!p || !kindOfType(checker.getTypeOfSymbol(p))) return `A rest element that would copy '${k}' (not a public data property of its type)`;
  }
  return undefined;
}

/** A shape for every object rest pattern of the file. */
export function registerRestShapes(pc: ProgramContext, file: ts.SourceFile): void {
  const { checker, ir } = pc;
  const visit = (node: ts.Node): void => {
    if (isObjectRest(node)) {
      const restType = checker.getTypeAtLocation(node);
      const fields = restKeys(checker, node, restSourceType(checker, node)).map((name) => {
        const p = restType.getProperty(name);
        const kind: Kind = (p && kindOfType(checker.getTypeOfSymbol(p))) ?? 'value';
        return { name, kind };
      });
      const type = pc.types.add('Object', fields, 0, undefined, ShapeKind.ObjectLiteral);
      const init = llvm.Function.Create(llvm.FunctionType.get(ir.void, [ir.ptr], false), Linkage.InternalLinkage, 'rest.init', ir.module);
      new llvm.IRBuilder(llvm.BasicBlock.Create(ir.context, 'entry', init)).CreateRetVoid();
      const shape: ClassInfo = {
        instanceType: restType, symbol: restType.getSymbol()!, name: 'Object', subclasses: [], type,
        methods: new Map(), init, initParams: [], statics: new Map(), staticMethods: new Map(),
        tagRange: [type.tag, type.tag], abstract: false,
      };
      pc.parsedShapes.set(restType, shape); // for receivers: closed world by assignability
      shapes.set(node, shape);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** The rest object for `rest`, copied from `object` (of static type `sourceType`). */
export function lowerObjectRest(ctx: FunctionContext, rest: ts.BindingElement, object: llvm.Value, sourceType: ts.Type): TypedValue {
  const shape = shapes.get(rest);
  if (!shape) throw internalError(rest, 'unregistered object rest pattern');
  // Read every member first, then allocate: the copy is complete when it exists.
  const values = shape.type.slots.map((slot) => ({ slot, value: memberRead(ctx, object, sourceType, slot.name, slot.kind, rest) }));
  const copy = allocObject(ctx, shape.type);
  for (const { slot, value } of values) ctx.b.CreateStore(coerce(ctx, { kind: slot.kind, value }, slot.kind).value, slotAddress(ctx, copy, findSlotOf(shape.type, slot.name)));
  return { kind: 'ref', value: copy };
}
