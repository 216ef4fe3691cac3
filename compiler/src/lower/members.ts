// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Member access on objects: reading and writing fields, calling methods,
// getters and setters, statics, `new`, `super(...)` and `instanceof`.
// Receivers typed by a class resolve against that class's subtree; receivers
// typed structurally (interfaces, object types) against every class whose
// instances TypeScript lets flow there.

import { isDictionaryType, lowerRecordAccess, lowerRecordIn, recordRead, recordSet } from './records.js';
import { ShapeKind } from './typetable.js';
import { loadOptional, optionalPresent, writeOptional } from './optional.js';
import { lowerNewPromise } from './async.js';
import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import {
  ClassInfo, MethodImpl, allocObject, classOfType, findSlot, llvmKindType, loadSlot, resolveMethod, slotAddress,
  subtree, switchOnTag, allClasses, instancesOf, loadTag,
} from './classes.js';
import { Kind, kindOfType } from './kinds.js';
import { checkPending } from './exceptions.js';
import { callClosure, callSiteKinds } from './closures.js';
import { arrayElementKind, arrayGet, arrayLength, arrayPush, elementKindOf, newArray, setArrayLength } from './arrays.js';
import { countUp } from './loops.js';
import { appendItems, iterSource } from './iterables.js';
import { collectionOf, lowerNewCollection } from './maps.js';
import { builtinErrorName, FLAG_ERROR } from './classes.js';
import { stringLength } from './conversions.js';
import { coerce, constantValue } from './values.js';
import { ValueTag } from './runtime.js';
import { internalError } from './errors.js';
import { genericCallKinds, instantiateMethod } from './genericmethods.js';
import { lowerStaticCall, lowerStaticRead, lowerStaticWrite } from './statics.js';
import { lowerExpr, kindOf } from './expressions.js';
import { storeInHeap } from './barrier.js';
import { kindsAgree, mayInhabitOpen, mentionsTypeParameter } from './openreceivers.js';
import { callLiteralGetter, callLiteralSetter, hasLiteralGetter, hasLiteralSetter } from './literalaccessors.js';
import { lowerBinaryDataNew, typedIteration } from './typedarrays.js';
import { lowerNewAggregateError } from './settled.js';
import { refIsNotNull } from './nullableref.js';

/** The classes whose instances may be the receiver of a member access, with the tags to test. */
export function receiverClasses(ctx: FunctionContext, receiverType: ts.Type, at: ts.Node): ClassInfo[] {
  const pc = ctx.program;
  // A type parameter stands for whatever its constraint admits.
  if (receiverType.flags & ts.TypeFlags.TypeParameter) receiverType = pc.checker.getBaseConstraintOfType(receiverType) ?? receiverType;
  const cls = classOfType(pc, receiverType);
  if (cls) return subtree(cls).filter((c) => !c.abstract);
  const all = [...allClasses(pc), ...pc.builtinErrors.values(), ...pc.literalShapes.values(), ...pc.parsedShapes.values()];
  const exact = all.filter((c) => !c.abstract && (c.witnesses ?? [c.instanceType]).some((t) => pc.checker.isTypeAssignableTo(t, receiverType)));
  if (exact.length) return exact;
  // None by assignability: a type that mentions a type parameter (Container<T>), by members and their kinds (openreceivers.ts).
  const open = mentionsTypeParameter(pc.checker, receiverType);
  // A literal inside a generic function is laid out once, its type-parameter members as Values: any binding reads it.
  const fits = (t: ts.Type) => mentionsTypeParameter(pc.checker, t) ? mayInhabitOpen(pc.checker, t, receiverType)
    : open && mayInhabitOpen(pc.checker, t, receiverType) && kindsAgree(pc.checker, t, receiverType);
  const candidates = all.filter((c) => !c.abstract && witnessesFor(pc.checker, c, open).some(fits));
  if (candidates.length === 0) throw internalError(at, `no class can be the receiver '${at.getText()}'`);
  return candidates;
}

/** The types a class is tested as; against an open type, its concrete instantiations only (not Box<T> itself). */
function witnessesFor(checker: ts.TypeChecker, c: ClassInfo, open: boolean): ts.Type[] {
  const all = c.witnesses ?? [c.instanceType];
  if (!open) return all;
  const concrete = all.filter((t) => !mentionsTypeParameter(checker, t));
  return concrete.length ? concrete : all;
}

/** Static members: `C.x`, `C.m(...)`. */
export function staticClass(ctx: FunctionContext, node: ts.Expression): ClassInfo | undefined {
  // `this` in a static member is the class it was called on (statics.ts dispatches on it).
  if (node.kind === ts.SyntaxKind.ThisKeyword && ctx.staticThis) return ctx.staticThis.cls;
  if (!ts.isIdentifier(node)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(node);
  const builtin = builtinErrorName(sym);
  if (builtin) return ctx.program.builtinErrors.get(builtin);
  return sym && ctx.program.classes.get(sym);
}

/** Reads `object.name`: a field, or a getter call. */
export function lowerPropertyGet(ctx: FunctionContext, node: ts.PropertyAccessExpression): TypedValue {
  const name = node.name.text;
  const kind = kindOf(ctx, node);
  if (node.expression.kind === ts.SyntaxKind.SuperKeyword) {
    // super.x: the base class's getter, run on this object.
    const getter = ctx.thisClass?.base && resolveMethod(ctx.thisClass.base, `get:${name}`);
    if (!getter || !ctx.thisValue) throw internalError(node, 'super property');
    return coerce(ctx, callImpl(ctx, getter, ctx.thisValue, []), kind);
  }
  const statics = staticClass(ctx, node.expression);
  if (statics) return lowerStaticRead(ctx, statics, node, kind);
  const record = lowerRecordAccess(ctx, node, kind);
  if (record) return record;
  const receiverType = ctx.checker.getTypeAtLocation(node.expression);
  const object = coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value;
  return { kind, value: memberRead(ctx, object, receiverType, name, kind, node)! };
}


/** Reads member `name` of `object` (an i8*) as `kind`, dispatching on the receiver's class. */
export function memberRead(ctx: FunctionContext, object: llvm.Value, receiverType: ts.Type, name: string, kind: Kind, at: ts.Node): llvm.Value {
  if (isDictionaryType(ctx.checker, ctx.checker.getNonNullableType(receiverType))) return coerce(ctx, recordRead(ctx, object, ctx.ir.stringLiteral(name), at as ts.Expression, kind), kind).value;
  const elem = name === 'length' ? arrayElementKind(ctx.checker, receiverType) : undefined;
  if (elem) return arrayLength(ctx, object, elem); // `a.length op= n` reads through here
  const classes = receiverClasses(ctx, receiverType, at);
  const cases = groupBy(classes, (c) => {
    const slot = findSlot(c, name);
    if (slot) return `slot:${slot.offset}:${slot.kind}:${slot.optional ?? false}`;
    const getter = resolveMethod(c, `get:${name}`);
    if (getter) return `get:${implId(getter)}`;
    if (hasLiteralGetter(c, name)) return `literal-get:${c.type.tag}`;
    if (kind === 'value') return 'absent'; // an optional property this shape does not have
    if (isOptionalMember(ctx, receiverType, name)) return 'absent'; // narrowed away (`o.m !== undefined`): unreachable
    if (c.type.shape === ShapeKind.Error && !c.decl) return 'absent'; // excluded by the checker's closed world
    throw internalError(at, `'${c.name}' has no readable member '${name}'`);
  });
  return switchOnTag(ctx, object, kind, cases.map(([rep, members]) => ({
    tags: members.map((c) => c.type.tag),
    emit: () => {
      const slot = findSlot(rep, name);
      const getter = slot ? undefined : resolveMethod(rep, `get:${name}`);
      if (!slot && !getter && hasLiteralGetter(rep, name)) return callLiteralGetter(ctx, object, rep, name, kind);
      if (!slot && !getter && kind !== 'value') return absentNarrowedMember(ctx, kind);
      if (!slot && !getter) return constantValue(ctx, ValueTag.Undefined);
      const v: TypedValue = slot?.optional ? loadOptional(ctx, object, slot) : slot ? loadSlot(ctx, object, slot) : callImpl(ctx, getter!, object, []);
      return coerce(ctx, v, kind).value;
    },
  })))!;
}

/** Whether `name` is an optional member of (some member of) the receiver's type. */
function isOptionalMember(ctx: FunctionContext, receiverType: ts.Type, name: string): boolean {
  const members = receiverType.isUnion() ? receiverType.types : [receiverType];
  return members.some((t) => {
    const p = ctx.checker.getPropertyOfType(ctx.checker.getApparentType(t), name);
    return !!p && (p.flags & ts.SymbolFlags.Optional) !== 0;
  });
}

/**
 * A shape without an optional member, read where TypeScript narrowed the
 * member to be present: unreachable unless the narrowing was unsound, which
 * stops cleanly instead of misreading undefined as a number or reference.
 */
function absentNarrowedMember(ctx: FunctionContext, kind: Kind): llvm.Value {
  const { b, ir } = ctx;
  b.CreateCall(ir.runtime('tsx_panic_null', ir.void, [ir.i32]), [llvm.ConstantInt.get(ir.i32, ValueTag.Undefined)]);
  return llvm.UndefValue.get(llvmKindType(ctx, kind));
}

/**
 * String(object): the class's own toString() when it has one (dispatched on
 * the receiver's class), else "[object Object]" — Object.prototype's.
 */
export function objectToString(ctx: FunctionContext, object: llvm.Value, receiverType: ts.Type, at: ts.Node): llvm.Value {
  const classes = receiverClasses(ctx, receiverType, at);
  const cases = groupBy(classes, (c) => {
    const m = resolveMethod(c, 'method:toString');
    // Errors read their own name and message slots; keep each apart from
    // plain objects, whose type may match theirs (`{ name: string }`).
    return m ? implId(m) : c.type.flags & FLAG_ERROR ? `error:${c.type.tag}` : 'default';
  });
  return switchOnTag(ctx, object, 'string', cases.map(([rep, members]) => ({
    tags: members.map((c) => c.type.tag),
    emit: () => {
      const m = resolveMethod(rep, 'method:toString');
      if (!m && rep.type.flags & FLAG_ERROR) return errorToString(ctx, object, rep);
      if (!m) return ctx.ir.stringLiteral('[object Object]');
      return coerce(ctx, callImpl(ctx, m, object, []), 'string').value;
    },
  })))!;
}

/**
 * String(x) for an `x: T` bound to references (a generic copy shared by all
 * object types): classes with their own toString() by a switch on the tag,
 * anything else (arrays, literals, errors, closures) by the runtime.
 */
export function openObjectToString(ctx: FunctionContext, object: llvm.Value, fallback: () => llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  const withOwn = allClasses(ctx.program).filter((c) => !c.abstract && resolveMethod(c, 'method:toString'));
  const done = ctx.newBlock('tostring.done');
  const other = ctx.newBlock('tostring.runtime');
  const sw = b.CreateSwitch(loadTag(ctx, object), other, withOwn.length);
  const incoming: [llvm.Value, llvm.BasicBlock][] = [];
  for (const c of withOwn) {
    const bb = ctx.newBlock('tostring.class');
    sw.addCase(llvm.ConstantInt.get(ir.i32, c.type.tag), bb);
    b.SetInsertPoint(bb);
    incoming.push([coerce(ctx, callImpl(ctx, resolveMethod(c, 'method:toString')!, object, []), 'string').value, b.GetInsertBlock()!]);
    b.CreateBr(done);
  }
  b.SetInsertPoint(other);
  incoming.push([fallback(), b.GetInsertBlock()!]);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.ptr, incoming.length);
  for (const [v, bb] of incoming) phi.addIncoming(v, bb);
  return phi;
}

/** Error.prototype.toString: "name: message", or just the one that is not empty. */
function errorToString(ctx: FunctionContext, object: llvm.Value, cls: ClassInfo): llvm.Value {
  const { b, ir } = ctx;
  const name = loadSlot(ctx, object, findSlot(cls, 'name')!).value;
  const message = loadSlot(ctx, object, findSlot(cls, 'message')!).value;
  const concat = ir.runtime('tsx_str_concat', ir.ptr, [ir.ptr, ir.ptr]);
  const lenOf = (s: llvm.Value) => stringLength(ctx, s);
  const zero = llvm.ConstantInt.get(ir.i32, 0);
  const full = b.CreateCall(concat, [b.CreateCall(concat, [name, ir.stringLiteral(': ')]), message]);
  const noMessage = b.CreateICmpEQ(lenOf(message), zero);
  const noName = b.CreateICmpEQ(lenOf(name), zero);
  return b.CreateSelect(noMessage, name, b.CreateSelect(noName, message, full));
}

/** Writes member `name` of `object`: a field store or a setter call. */
export function memberWrite(ctx: FunctionContext, object: llvm.Value, receiverType: ts.Type, name: string, v: TypedValue, at: ts.Node): void {
  if (isDictionaryType(ctx.checker, ctx.checker.getNonNullableType(receiverType))) return recordSet(ctx, object, ctx.ir.stringLiteral(name), v);
  const elem = name === 'length' ? arrayElementKind(ctx.checker, receiverType) : undefined;
  if (elem) return setArrayLength(ctx, object, elem, coerce(ctx, v, 'number').value);
  const classes = receiverClasses(ctx, receiverType, at);
  const cases = groupBy(classes, (c) => {
    const slot = findSlot(c, name);
    if (slot?.optional) return `optional:${c.type.tag}`; // the write sequence depends on the shape
    if (slot) return `slot:${slot.offset}:${slot.kind}`;
    const setter = resolveMethod(c, `set:${name}`);
    if (setter) return `set:${implId(setter)}`;
    if (hasLiteralSetter(c, name)) return `literal-set:${c.type.tag}`;
    // A built-in Error the subset checker's closed world excludes (no program value of this type is one).
    if (c.type.shape === ShapeKind.Error && !c.decl) return 'absent';
    throw internalError(at, `'${c.name}' has no writable member '${name}'`);
  });
  switchOnTag(ctx, object, 'void', cases.map(([rep, members]) => ({
    tags: members.map((c) => c.type.tag),
    emit: () => {
      const slot = findSlot(rep, name);
      if (!slot && hasLiteralSetter(rep, name)) return (callLiteralSetter(ctx, object, rep, name, v), undefined);
      if (!slot && !resolveMethod(rep, `set:${name}`)) return undefined;
      if (slot?.optional) writeOptional(ctx, object, rep, slot, v);
      else if (slot) storeInHeap(ctx, slot.kind, coerce(ctx, v, slot.kind).value, slotAddress(ctx, object, slot));
      else {
        const setter = resolveMethod(rep, `set:${name}`)!;
        callImpl(ctx, setter, object, [coerce(ctx, v, setter.params[0]).value]);
      }
      return undefined;
    },
  })));
}

export function lowerPropertySet(ctx: FunctionContext, target: ts.PropertyAccessExpression, v: TypedValue): void {
  const statics = staticClass(ctx, target.expression);
  if (statics) return lowerStaticWrite(ctx, statics, target, v);
  const object = coerce(ctx, lowerExpr(ctx, target.expression), 'ref').value;
  memberWrite(ctx, object, ctx.checker.getTypeAtLocation(target.expression), target.name.text, v, target);
}

/** `object.name(args)`: a method call, direct when one implementation answers. */
export function lowerMethodCall(ctx: FunctionContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression): TypedValue {
  const name = callee.name.text;
  const kind = kindOf(ctx, node);
  const statics = staticClass(ctx, callee.expression);
  if (statics) return lowerStaticCall(ctx, statics, node, name, kind, (params) => lowerArgs(ctx, node, params));
  const receiverType = ctx.checker.getTypeAtLocation(callee.expression);
  const object = coerce(ctx, lowerExpr(ctx, callee.expression), 'ref').value;
  const classes = receiverClasses(ctx, receiverType, node);
  const typeArgs = genericCallKinds(ctx, node);
  const resolve = (c: ClassInfo): MethodImpl | undefined =>
    typeArgs ? instantiateMethod(ctx, c, name, typeArgs, false) : resolveMethod(c, `method:${name}`);
  const impls = groupBy(classes, (c) => {
    const m = resolve(c);
    if (m) return implId(m);
    const slot = findSlot(c, name);
    if (slot) return `field:${slot.offset}`; // a closure stored in a field (object-literal methods)
    throw internalError(node, `'${c.name}' has no method '${name}'`);
  });
  // Arguments are evaluated once, before dispatch, in the call site's kinds; every
  // implementation of one method has these kinds (the subset checker rejects others).
  const site = callSiteKinds(ctx, node);
  const args = lowerArgs(ctx, node, site.params);
  const v = switchOnTag(ctx, object, kind, impls.map(([rep, members]) => ({
    tags: members.map((c) => c.type.tag),
    emit: () => {
      const m = resolve(rep);
      if (m) {
        // An override may declare fewer (or optional extra) parameters than the signature called through.
        const passed = m.params.map((k, i) => (i < args.length ? coerce(ctx, { kind: site.params[i], value: args[i] }, k).value : constantValue(ctx, ValueTag.Undefined)));
        const r = callImpl(ctx, m, object, passed);
        return kind === 'void' ? undefined : coerce(ctx, r, kind).value;
      }
      const closure = loadSlot(ctx, object, findSlot(rep, name)!).value;
      const r = callClosure(ctx, closure, site.params, site.result, args);
      checkPending(ctx);
      return kind === 'void' ? undefined : coerce(ctx, r, kind).value;
    },
  })));
  return { kind, value: v ?? llvm.UndefValue.get(ctx.ir.i1) };
}

/** Arguments in the callee's parameter kinds; missing optional ones are undefined. */
export function lowerArgs(ctx: FunctionContext, node: ts.CallExpression | ts.NewExpression, params: Kind[]): llvm.Value[] {
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const rest = restParameter(ctx, node);
  const fixed = rest ? args.slice(0, rest.index) : args;
  const given = fixed.map((a, i) => coerce(ctx, lowerExpr(ctx, a), params[i] ?? 'value').value);
  for (let i = given.length; i < (rest ? rest.index : params.length); i++) given.push(constantValue(ctx, ValueTag.Undefined));
  if (rest) given.push(collectRest(ctx, args.slice(rest.index), rest.elem));
  return given.slice(0, Math.max(params.length, 0));
}

/** The callee's rest parameter (`...xs: T[]`): its position and element kind. */
function restParameter(ctx: FunctionContext, node: ts.CallExpression | ts.NewExpression): { index: number; elem: Kind } | undefined {
  const sig = ctx.checker.getResolvedSignature(node);
  const params = sig?.getDeclaration()?.parameters;
  const last = params?.[params.length - 1];
  if (!last || !last.dotDotDotToken) return undefined;
  // The instantiated type (number[] for a generic class's `...items: T[]`), not the declared one.
  const restSym = sig!.getParameters()[params!.length - 1];
  const elem = arrayElementKind(ctx.checker, restSym ? ctx.checker.getTypeOfSymbolAtLocation(restSym, node) : ctx.checker.getTypeAtLocation(last));
  return elem ? { index: params!.length - 1, elem } : undefined;
}

/** A new array of the rest arguments; `...xs` among them contributes its elements. */
export function collectRest(ctx: FunctionContext, args: readonly ts.Expression[], elem: Kind): llvm.Value {
  const { ir } = ctx;
  const out = newArray(ctx, elem, llvm.ConstantInt.get(ir.i64, 0), llvm.ConstantInt.get(ir.i64, Math.max(args.length, 4)));
  for (const a of args) appendSpreadable(ctx, out, elem, a);
  return out;
}

/** Pushes `a` onto `out`, or every element of `xs` for `...xs`. */
export function appendSpreadable(ctx: FunctionContext, out: llvm.Value, elem: Kind, a: ts.Expression): void {
  if (ts.isSpreadElement(a)) {
    const typed = typedIteration(ctx, a.expression); // ...ta, ...ta.entries()
    if (typed) {
      countUp(ctx, ctx.ir.f64Const(0), typed.length, (i) => void arrayPush(ctx, out, elem, [coerce(ctx, typed.get(i), elem).value]));
      return;
    }
    const src = iterSource(ctx.checker, a.expression);
    if (!src) throw internalError(a, 'spread of something not iterable');
    appendItems(ctx, out, elem, src);
  } else {
    arrayPush(ctx, out, elem, [coerce(ctx, lowerExpr(ctx, a), elem).value]);
  }
}

export function callImpl(ctx: FunctionContext, m: MethodImpl, object: llvm.Value, args: llvm.Value[]): TypedValue {
  return callRaw(ctx, m, [object, ...args]);
}

function callRaw(ctx: FunctionContext, m: MethodImpl, args: llvm.Value[]): TypedValue {
  const call = ctx.b.CreateCall(m.fn, args);
  checkPending(ctx, m.fn);
  return m.result === 'void' ? { kind: 'void', value: llvm.UndefValue.get(ctx.ir.i1) } : { kind: m.result, value: call };
}

/** `new C(args)`: allocate, then run C's init. */
export function lowerNew(ctx: FunctionContext, node: ts.NewExpression): TypedValue {
  const binary = lowerBinaryDataNew(ctx, node);
  if (binary) return binary;
  if (ts.isIdentifier(node.expression) && node.expression.text === 'Promise' && !staticClass(ctx, node.expression)) return lowerNewPromise(ctx, node);
  if (ts.isIdentifier(node.expression) && node.expression.text === 'AggregateError' && staticClass(ctx, node.expression)?.name === 'AggregateError') return lowerNewAggregateError(ctx, node);
  const coll = collectionOf(ctx.checker.getTypeAtLocation(node));
  if (coll && ts.isIdentifier(node.expression) && !staticClass(ctx, node.expression)) return lowerNewCollection(ctx, node, coll);
  if (ts.isIdentifier(node.expression) && node.expression.text === 'Array' && !staticClass(ctx, node.expression)) {
    // new Array<T>() or new Array<T>(n).fill(x): n zeroed elements that fill() overwrites at once.
    const { b, ir } = ctx;
    const elem = elementKindOf(ctx, node);
    const n = node.arguments?.length ? b.CreateFPToSI(coerce(ctx, lowerExpr(ctx, node.arguments[0]), 'number').value, ir.i64) : llvm.ConstantInt.get(ir.i64, 0);
    const cap = b.CreateSelect(b.CreateICmpSGT(n, llvm.ConstantInt.get(ir.i64, 4)), n, llvm.ConstantInt.get(ir.i64, 4));
    return { kind: 'ref', value: newArray(ctx, elem, n, cap) };
  }
  // The instance of a generic class is the one the expression's type names (Box<number>).
  const named = staticClass(ctx, node.expression);
  const cls = classOfType(ctx.program, ctx.checker.getTypeAtLocation(node)) ?? (named?.binding?.size ? undefined : named);
  if (!cls) throw internalError(node, "'new' of something other than a class (or of an undiscovered generic instance)");
  const args = lowerArgs(ctx, node, cls.initParams);
  const object = allocObject(ctx, cls.type);
  ctx.b.CreateCall(cls.init, [object, ...args]);
  checkPending(ctx, cls.init);
  return { kind: 'ref', value: object };
}

/** `super(args)` inside a constructor: the base class's init on this object. */
export function lowerSuperCall(ctx: FunctionContext, node: ts.CallExpression): void {
  const base = ctx.thisClass?.base;
  if (!base || !ctx.thisValue) throw internalError(node, 'super call outside a derived constructor');
  const args = lowerArgs(ctx, node, base.initParams);
  ctx.b.CreateCall(base.init, [ctx.thisValue, ...args]);
  checkPending(ctx, base.init);
}

/** `super.m(args)`: the base implementation, called directly. */
export function lowerSuperMethodCall(ctx: FunctionContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression): TypedValue {
  if (ctx.staticThis) return lowerStaticCall(ctx, ctx.staticThis.cls, node, callee.name.text, kindOf(ctx, node), (params) => lowerArgs(ctx, node, params));
  const base = ctx.thisClass?.base;
  const m = base && resolveMethod(base, `method:${callee.name.text}`);
  if (!m || !ctx.thisValue) throw internalError(node, 'super method call');
  return coerce(ctx, callImpl(ctx, m, ctx.thisValue, lowerArgs(ctx, node, m.params)), kindOf(ctx, node));
}

/**
 * `"key" in x`: closed world — true for the shapes that x may be which have
 * the member (field, getter or method), decided by a switch on the tag.
 */
export function lowerIn(ctx: FunctionContext, node: ts.BinaryExpression): TypedValue {
  const record = lowerRecordIn(ctx, node);
  if (record) return record;
  const { ir } = ctx;
  const key = (node.left as ts.StringLiteral).text;
  const type = ctx.checker.getTypeAtLocation(node.right);
  const object = coerce(ctx, lowerExpr(ctx, node.right), 'ref').value;
  const has = (c: ClassInfo): boolean => findSlot(c, key) !== undefined || ['method', 'get', 'set'].some((r) => resolveMethod(c, `${r}:${key}`) !== undefined);
  const classes = receiverClasses(ctx, type, node);
  const groups = groupBy(classes, (c) => (findSlot(c, key)?.optional ? `optional:${findSlot(c, key)!.offset}` : String(has(c))));
  const v = switchOnTag(ctx, object, 'boolean', groups.map(([rep, members]) => ({
    tags: members.map((c) => c.type.tag),
    emit: () => {
      const slot = findSlot(rep, key);
      if (slot?.optional) return optionalPresent(ctx, object, slot); // present once written
      return has(rep) ? llvm.ConstantInt.getTrue(ir.context) : llvm.ConstantInt.getFalse(ir.context);
    },
  })));
  return { kind: 'boolean', value: v! };
}

/** `x instanceof C`: the tag lies in C's preorder range. */
export function lowerInstanceof(ctx: FunctionContext, node: ts.BinaryExpression): TypedValue {
  const { b, ir } = ctx;
  const cls = staticClass(ctx, node.right);
  if (!cls) throw internalError(node, "instanceof's right side must be a class");
  const left = lowerExpr(ctx, node.left);
  const isObject = left.kind === 'ref' ? refIsNotNull(ctx, left.value) // 0 is null (nullableref.ts)
    : b.CreateICmpEQ(b.CreateExtractValue(left.value, [0]), llvm.ConstantInt.get(ir.i32, 5));
  // Read the tag only when the value is an object: branch around the load.
  const start = b.GetInsertBlock()!;
  const check = ctx.newBlock('instanceof.check');
  const done = ctx.newBlock('instanceof.done');
  b.CreateCondBr(isObject, check, done);
  b.SetInsertPoint(check);
  const object = coerce(ctx, left, 'ref').value;
  const tag = b.CreateLoad(ir.i32, b.CreateBitCast(object, llvm.PointerType.get(ir.i32, 0)));
  // Every instance of a generic class is an instance of it: one range per instance.
  let inRange: llvm.Value = llvm.ConstantInt.getFalse(ir.context);
  const instances = cls.decl ? instancesOf(ctx.program, cls.symbol) : [cls];
  for (const c of instances) {
    const [lo, hi] = c.tagRange;
    inRange = b.CreateOr(inRange, b.CreateICmpULE(b.CreateSub(tag, llvm.ConstantInt.get(ir.i32, lo)), llvm.ConstantInt.get(ir.i32, hi - lo)));
  }
  const checkEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.i1, 2);
  phi.addIncoming(llvm.ConstantInt.getFalse(ir.context), start);
  phi.addIncoming(inRange, checkEnd);
  return { kind: 'boolean', value: phi };
}

function groupBy<T>(items: T[], key: (t: T) => string): [T, T[]][] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  return [...groups.values()].map((g) => [g[0], g]);
}


/** Identifies an implementation (llvm-bindings cannot read a Function's name back). */
function implId(m: MethodImpl): string {
  return `${m.owner.name}.${m.role}:${m.name}${m.copy ?? ''}`;
}
