// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Lowering of expressions to LLVM IR with JavaScript's exact semantics for the
// kinds tsxen supports. The subset checker has already rejected everything
// else, so an unexpected node here is an internal error, not a user error.

import { lowerAsyncCall, lowerAwait } from './async.js';
import { routeThrow } from './exceptions.js';
import ts from '#typescript';
import { nullishFallbackDropped } from './records.js';
import { lowerConstrainedLength } from './lengthconstraint.js';
import { lowerKeyedRead } from './indexedaccess.js';
import llvm from 'llvm-bindings';
import { FunctionContext, Storage, TypedValue } from './context.js';
import { Kind, isPointerKind, kindOfType } from './kinds.js';
import { booleanToNumber, int32ToNumber, stringLength, toBoolean, toInt32, toStringOf, toStringValue, uint32ToNumber } from './conversions.js';
import { COMPOUND } from './compoundops.js';
import { markElementRead, markVariableRead } from './intvars.js';
import { integerElementPlace, lowerIntegerArrayLiteral, lowerIntegerElementRead, lowerIntegerPush } from './intarrays.js';
import { loadIntSlot, storeIntSlot } from './intslots.js';
import { abiArguments, abiResult } from './intparams.js';
import { bitwiseRange, int32Result, integerArithmetic, integerIncrement, integerCompare, integerNegate, numberLiteral, remainder } from './intrange.js';
import { lowerConsoleCall, isConsoleCall } from './console.js';
import { internalError } from './errors.js';
import { callOnValues, coerce, constantValue, toValue, valueTag } from './values.js';
import { ValueTag } from './runtime.js';
import {
  lowerArgs, lowerIn, lowerInstanceof, lowerMethodCall, lowerNew, lowerPropertyGet, lowerPropertySet, lowerSuperCall, lowerSuperMethodCall,
  memberRead, memberWrite, staticClass,
} from './members.js';
import { llvmKindType } from './classes.js';
import { checkPending } from './exceptions.js';
import { lowerObjectLiteral } from './objects.js';
import { lowerRecordAccess, recordPlace } from './records.js';
import { isObjectStatic, lowerObjectStatic } from './objectstatics.js';
import { isAssignmentPattern, isPatternSource, lowerPatternAssignment } from './destructure.js';
import { bindTypeParameters, instantiate } from './generics.js';
import { collectionOf, collectionSize, lowerCollectionMethod } from './maps.js';
import { lowerArrayMethodCall, throwTypeError } from './arraymethods.js';
import { appendAll, spreadArguments } from './arrayextra.js';
import { CONSTANTS, isStaticBuiltin, libraryName, lowerConstant, lowerNumberMethod, lowerStaticCall, lowerStringIndex, lowerStringMethod, toNumber } from './builtins.js';
import { lowerJsonCall } from './json.js';
import { callClosure, callSiteKinds, lowerClosure } from './closures.js';
import { looseEquals } from './equality.js';
import { strictEqualValues } from './strictequality.js';
import { boundMethodCall, lowerBoundMethod } from './boundmethods.js';
import { toNumberOf } from './tonumber.js';
import { adaptFunctionValue, topLevelFunctionValue } from './functionvalues.js';
import { isArrayType, arrayElementKind, arrayGet, arrayLength, arrayPop, arrayPush, arraySet, elementKindOf, lowerArrayLiteral } from './arrays.js';
import { storeInHeap } from './barrier.js';
import { lowerBinaryDataCall, lowerTypedIndexGet, lowerTypedProperty, lowerTypedStatic, typedCodeOf, typedPlace } from './typedarrays.js';
import { lowerIntrinsicCall } from './intrinsics.js';
import { lowerDivisibilityTest } from './remainderzero.js';
import { refIsNotNull, refMayBeNull } from './nullableref.js';
import { assertedRef, exitChainIfNull, nonNullRef, panicUnlessObject } from './nullchecks.js';

const SK = ts.SyntaxKind;

export function kindOf(ctx: FunctionContext, node: ts.Node): Kind {
  const kind = kindOfType(ctx.checker.getTypeAtLocation(node));
  if (!kind) throw internalError(node, 'expression of an unsupported type reached lowering');
  return kind;
}

export function lowerExpr(ctx: FunctionContext, node: ts.Expression): TypedValue {
  const cached = ctx.preEvaluated.get(node);
  if (cached) {
    ctx.preEvaluated.delete(node);
    return cached;
  }
  if (ts.isOptionalChain(node) && !continuesChain(node)) return lowerOptionalChain(ctx, node);
  return adaptFunctionValue(ctx, node, lowerLink(ctx, node));
}

/** An expression, testing its object first when it is a `?.` link. */
function lowerLink(ctx: FunctionContext, node: ts.Expression): TypedValue {
  if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && node.questionDotToken) checkChainLink(ctx, node.expression);
  return lowerExprForm(ctx, node);
}

/** Whether `node` is an inner link of a longer optional chain (a?.b in a?.b.c). */
function continuesChain(node: ts.Node): boolean {
  const p = node.parent;
  return ts.isOptionalChain(p) && (p as ts.PropertyAccessExpression).expression === node;
}

/**
 * `a?.b.c(...)`: each `?.` link tests its object; a null or undefined one
 * makes the whole chain undefined without evaluating the rest.
 */
function lowerOptionalChain(ctx: FunctionContext, node: ts.OptionalChain): TypedValue {
  const { b, ir } = ctx;
  const exit = ctx.newBlock('chain.nullish');
  const done = ctx.newBlock('chain.done');
  ctx.chainExits.push(exit);
  const v = toValue(ctx, lowerLink(ctx, node as ts.Expression));
  ctx.chainExits.pop();
  const end = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(exit);
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.valueStruct, 2);
  phi.addIncoming(v, end);
  phi.addIncoming(constantValue(ctx, ValueTag.Undefined), exit);
  return coerceTo(ctx, { kind: 'value', value: phi }, kindOf(ctx, node));
}

/** Evaluates a `?.` link's object once: nullish leaves the chain, anything else is cached for the access. */
function checkChainLink(ctx: FunctionContext, object: ts.Expression): void {
  const { b, ir } = ctx;
  const v = lowerExpr(ctx, object);
  if (v.kind === 'ref') exitChainIfNull(ctx, v.value); // nullableref.ts
  if (v.kind === 'value') {
    const exit = ctx.chainExits[ctx.chainExits.length - 1];
    const go = ctx.newBlock('chain.link');
    b.CreateCondBr(b.CreateICmpULE(valueTag(ctx, v.value), llvm.ConstantInt.get(ir.i32, ValueTag.Null)), exit, go);
    b.SetInsertPoint(go);
  }
  ctx.preEvaluated.set(object, v);
}

function lowerExprForm(ctx: FunctionContext, node: ts.Expression): TypedValue {
  const ir = ctx.ir;
  switch (node.kind) {
    case SK.NumericLiteral:
      return num(numberLiteral(ctx, Number((node as ts.NumericLiteral).getText().replace(/_/g, ''))));
    case SK.StringLiteral:
    case SK.NoSubstitutionTemplateLiteral:
      return { kind: 'string', value: ir.stringLiteral((node as ts.StringLiteral).text) };
    case SK.TrueKeyword:
      return { kind: 'boolean', value: llvm.ConstantInt.getTrue(ir.context) };
    case SK.FalseKeyword:
      return { kind: 'boolean', value: llvm.ConstantInt.getFalse(ir.context) };
    case SK.ParenthesizedExpression:
      return lowerExpr(ctx, (node as ts.ParenthesizedExpression).expression);
    case SK.Identifier:
      return lowerIdentifier(ctx, node as ts.Identifier);
    case SK.TemplateExpression:
      return lowerTemplate(ctx, node as ts.TemplateExpression);
    case SK.TypeOfExpression:
      return lowerTypeof(ctx, node as ts.TypeOfExpression);
    case SK.NullKeyword:
      return { kind: 'value', value: constantValue(ctx, ValueTag.Null) };
    case SK.VoidExpression:
      lowerExpr(ctx, (node as ts.VoidExpression).expression);
      return { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) };
    case SK.ThisKeyword:
      if (!ctx.thisValue) throw internalError(node, "'this' outside a method");
      return { kind: 'ref', value: ctx.thisValue };
    case SK.PropertyAccessExpression:
      return lowerPropertyAccess(ctx, node as ts.PropertyAccessExpression);
    case SK.NewExpression:
      return lowerNew(ctx, node as ts.NewExpression);
    case SK.ArrayLiteralExpression: {
      // `[]` has type never[]: its contextual type (`let xs: string[] = []`) says what it holds.
      const elem = literalElementKind(ctx, node as ts.ArrayLiteralExpression);
      const ints = lowerIntegerArrayLiteral(ctx, node as ts.ArrayLiteralExpression);
      if (ints) return ints;
      return lowerArrayLiteral(ctx, node as ts.ArrayLiteralExpression, elem);
    }
    case SK.ElementAccessExpression: {
      const e = node as ts.ElementAccessExpression;
      const enumDecl = ts.isIdentifier(e.expression) ? ctx.checker.getSymbolAtLocation(e.expression)?.valueDeclaration : undefined;
      if (enumDecl && ts.isEnumDeclaration(enumDecl)) return lowerEnumName(ctx, enumDecl, e);
      const intElement = lowerIntegerElementRead(ctx, e);
      if (intElement) return intElement;
      const record = lowerRecordAccess(ctx, e, kindOf(ctx, node));
      if (record) return record;
      const keyed = lowerKeyedRead(ctx, e); // o[k] with k: K extends keyof T (indexedaccess.ts)
      if (keyed) return keyed;
      if (kindOfType(ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(e.expression))) === 'string') {
        const s = coerce(ctx, lowerExpr(ctx, e.expression), 'string').value;
        return lowerStringIndex(ctx, s, coerce(ctx, lowerExpr(ctx, e.argumentExpression), 'number').value);
      }
      const typedCode = typedCodeOf(ctx, e.expression);
      if (typedCode) return lowerTypedIndexGet(ctx, e, typedCode);
      const object = coerce(ctx, lowerExpr(ctx, e.expression), 'ref').value;
      const index = coerce(ctx, lowerExpr(ctx, e.argumentExpression), 'number').value;
      const got = coerce(ctx, arrayGet(ctx, object, elementKindOf(ctx, e.expression), index), kindOf(ctx, node));
      return got.kind === 'number' ? num(markElementRead(ctx, e, got.value)) : got;
    }
    case SK.NonNullExpression:
      return lowerNonNull(ctx, node as ts.NonNullExpression);
    case SK.ObjectLiteralExpression:
      return lowerObjectLiteral(ctx, node as ts.ObjectLiteralExpression);
    case SK.ArrowFunction:
    case SK.FunctionExpression:
      return lowerClosure(ctx, node as ts.ArrowFunction);
    case SK.PrefixUnaryExpression:
      return lowerPrefix(ctx, node as ts.PrefixUnaryExpression);
    case SK.PostfixUnaryExpression:
      return lowerIncrement(ctx, node as ts.PostfixUnaryExpression, false);
    case SK.BinaryExpression:
      return lowerBinary(ctx, node as ts.BinaryExpression);
    case SK.ConditionalExpression:
      return lowerConditional(ctx, node as ts.ConditionalExpression);
    case SK.CallExpression:
      return lowerCall(ctx, node as ts.CallExpression);
    case SK.AsExpression:
    case SK.TypeAssertionExpression:
      return checkedAssertion(ctx, lowerExpr(ctx, (node as ts.AsExpression).expression), node as ts.AsExpression);
    case SK.SatisfiesExpression:
      return lowerExpr(ctx, (node as ts.SatisfiesExpression).expression);
    case SK.AwaitExpression:
      return lowerAwait(ctx, node as ts.AwaitExpression, () => routeThrow(ctx));
    default:
      throw internalError(node, `cannot lower ${SK[node.kind]}`);
  }
}

function num(value: llvm.Value): TypedValue {
  return { kind: 'number', value };
}

function lowerIdentifier(ctx: FunctionContext, id: ts.Identifier): TypedValue {
  const sym = ts.isShorthandPropertyAssignment(id.parent) ? ctx.checker.getShorthandAssignmentValueSymbol(id.parent) : ctx.checker.getSymbolAtLocation(id);
  const decl = sym?.valueDeclaration;
  if (id.text === 'undefined' && (!decl || decl.getSourceFile().isDeclarationFile)) {
    return { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) };
  }
  if (decl && decl.getSourceFile().isDeclarationFile) {
    // Value globals from the standard library that are plain constants.
    if (id.text === 'NaN') return num(ctx.ir.f64Const(NaN));
    if (id.text === 'Infinity') return num(ctx.ir.f64Const(Infinity));
  }
  const fnValue = sym && topLevelFunctionValue(ctx, sym);
  if (fnValue) return fnValue;
  // The variable's storage kind, narrowed to what TypeScript knows here.
  return coerce(ctx, load(ctx, ctx.storageOf(id), id), kindOf(ctx, id));
}

/** Calling a function value (a closure): its kinds come from the callee's type. */
function lowerValueCall(ctx: FunctionContext, node: ts.CallExpression, callee: ts.Expression, optional = false): TypedValue {
  const { params, result } = callSiteKinds(ctx, node);
  if (optional) checkChainLink(ctx, callee); // a nullish callee leaves the chain
  const closure = coerce(ctx, lowerExpr(ctx, callee), 'ref').value;
  const args = lowerArgs(ctx, node, params);
  const r = callClosure(ctx, closure, params, result, args);
  checkPending(ctx);
  return coerceTo(ctx, r, kindOf(ctx, node));
}

function lowerArrayMethod(ctx: FunctionContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression, elem: Kind): TypedValue {
  const object = coerce(ctx, lowerExpr(ctx, callee.expression), 'ref').value;
  switch (callee.name.text) {
    case 'push': {
      const ints = lowerIntegerPush(ctx, node, callee, object);
      if (ints) return ints;
      const spread = spreadArguments(ctx, node.arguments, elem);
      if (spread) return (appendAll(ctx, object, spread, elem), { kind: 'number', value: arrayLength(ctx, object, elem) });
      return arrayPush(ctx, object, elem, node.arguments.map((a) => coerce(ctx, lowerExpr(ctx, a), elem).value));
    }
    case 'pop':
      return coerce(ctx, arrayPop(ctx, object, elem), kindOf(ctx, node));
  }
  return coerceTo(ctx, lowerArrayMethodCall(ctx, node, callee.name.text, object, elem), kindOf(ctx, node));
}

/**
 * The representation an array literal takes: its context's (`let xs: string[]
 * = []`), or, nested in another literal, the array type that literal's
 * element type allows, else its own type's.
 */
/**
 * `v as T` where `v` is a tagged Value (unknown, a union) and T an object
 * type: JS checks nothing, and reading a member of what is not
 * there would give undefined, which tsxen cannot carry in T's place; a
 * Value of the wrong sort (a caught string asserted to be an Error) is a
 * clean panic instead of a misread.
 */
function checkedAssertion(ctx: FunctionContext, v: TypedValue, node: ts.AsExpression): TypedValue {
  // Only object targets: a primitive target is converted where it is used,
  // as Number.isInteger(v as number) passes v through in JS.
  if (v.kind === 'ref') return assertedRef(ctx, v, node); // nullableref.ts
  if (v.kind !== 'value' || kindOf(ctx, node) !== 'ref') return v;
  const expected = ValueTag.Object;
  const { b, ir } = ctx;
  let isObject = b.CreateICmpEQ(valueTag(ctx, v.value), llvm.ConstantInt.get(ir.i32, expected));
  // `as C | null`: null's 0 bits are the null ref (nullableref.ts).
  if (refMayBeNull(ctx.checker.getTypeAtLocation(node))) isObject = b.CreateOr(isObject, b.CreateICmpEQ(valueTag(ctx, v.value), llvm.ConstantInt.get(ir.i32, ValueTag.Null)));
  panicUnlessObject(ctx, isObject, node);
  return v;
}

function literalElementKind(ctx: FunctionContext, node: ts.ArrayLiteralExpression): Kind {
  return arrayElementKind(ctx.checker, literalArrayType(ctx.checker, node)) ?? elementKindOf(ctx, node);
}

/**
 * The array type a literal is built as: its contextual array type, else (a
 * literal inside a literal, `[[2, [3]], [[6]]]`) the element type of the type
 * its enclosing literal is built as, all the way out, so that `[[6]]` is laid
 * out as the `(number | (number | number[])[])[]` it is read as.
 */
function literalArrayType(checker: ts.TypeChecker, node: ts.ArrayLiteralExpression): ts.Type {
  if (isPatternSource(node)) return checker.getTypeAtLocation(node); // the pattern reads it element by element
  // `const [a = 1, b] = [...]`: the binding pattern reads it by the literal's own type, not the pattern's.
  if (ts.isVariableDeclaration(node.parent) && node.parent.initializer === node && ts.isArrayBindingPattern(node.parent.name)) return checker.getTypeAtLocation(node);
  const arraysIn = (t: ts.Type | undefined): ts.Type[] =>
    t ? (t.isUnion() ? t.types : [t]).filter((m) => isArrayType(checker, m)) : [];
  const fromContext = arraysIn(checker.getContextualType(node));
  if (fromContext.length === 1 && arrayElementKind(checker, fromContext[0])) return fromContext[0];
  if (ts.isArrayLiteralExpression(node.parent)) {
    const outer = literalArrayType(checker, node.parent);
    const elemType = isArrayType(checker, outer) && !checker.isTupleType(outer) ? checker.getTypeArguments(outer as ts.TypeReference)[0] : undefined;
    const fromOuter = arraysIn(elemType);
    if (fromOuter.length === 1 && arrayElementKind(checker, fromOuter[0])) return fromOuter[0];
  }
  return checker.getTypeAtLocation(node);
}

/**
 * `Color[n]`: a numeric enum's reverse mapping, the member name for a value.
 * A value that names no member is a clean panic (JS: undefined, which the
 * expression's `string` type cannot hold).
 */
function lowerEnumName(ctx: FunctionContext, decl: ts.EnumDeclaration, node: ts.ElementAccessExpression): TypedValue {
  const { b, ir } = ctx;
  const index = coerce(ctx, lowerExpr(ctx, node.argumentExpression), 'number').value;
  const done = ctx.newBlock('enum.done');
  const incoming: [llvm.Value, llvm.BasicBlock][] = [];
  // Later members win, as JS's assignments do when two share a value.
  const names = new Map<number, string>();
  for (const m of decl.members) names.set(ctx.checker.getConstantValue(m) as number, (m.name as ts.Identifier).text);
  for (const [value, name] of names) {
    const hit = ctx.newBlock('enum.hit');
    const next = ctx.newBlock('enum.next');
    b.CreateCondBr(b.CreateFCmpOEQ(index, ir.f64Const(value)), hit, next);
    b.SetInsertPoint(hit);
    incoming.push([ir.stringLiteral(name), hit]);
    b.CreateBr(done);
    b.SetInsertPoint(next);
  }
  b.CreateCall(ir.runtime('tsx_panic_index', ir.void, [ir.f64, ir.f64]), [index, ir.f64Const(names.size)]);
  b.CreateUnreachable();
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(ir.ptr, Math.max(incoming.length, 1));
  for (const [v, bb] of incoming) phi.addIncoming(v, bb);
  return { kind: 'string', value: phi };
}

/** `x!`: a null or undefined here is a clean panic, not a value of the wrong kind. */
function lowerNonNull(ctx: FunctionContext, node: ts.NonNullExpression): TypedValue {
  const { b, ir } = ctx;
  const v = lowerExpr(ctx, node.expression);
  const kind = kindOf(ctx, node);
  if (v.kind === 'ref') return nonNullRef(ctx, node, v); // nullableref.ts
  if (v.kind !== 'value' || kind === 'value') return coerce(ctx, v, kind);
  const tag = valueTag(ctx, v.value);
  const ok = ctx.newBlock('nonnull.ok');
  const bad = ctx.newBlock('nonnull.bad');
  b.CreateCondBr(b.CreateICmpUGT(tag, llvm.ConstantInt.get(ir.i32, ValueTag.Null)), ok, bad);
  b.SetInsertPoint(bad);
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node) {
    // `x!.f` on null/undefined: JS reaches the property read, which throws this TypeError.
    const key = ts.isPropertyAccessExpression(parent) ? parent.name.text : parent.argumentExpression.getText();
    const isNull = ctx.newBlock('nonnull.null');
    const isUndef = ctx.newBlock('nonnull.undefined');
    b.CreateCondBr(b.CreateICmpEQ(tag, llvm.ConstantInt.get(ir.i32, ValueTag.Null)), isNull, isUndef);
    b.SetInsertPoint(isNull);
    throwTypeError(ctx, `Cannot read properties of null (reading '${key}')`);
    b.SetInsertPoint(isUndef);
    throwTypeError(ctx, `Cannot read properties of undefined (reading '${key}')`);
  } else {
    // Anywhere else JS would carry the null on silently, into a place typed non-null: stop cleanly.
    b.CreateCall(ir.runtime('tsx_panic_null', ir.void, [ir.i32]), [tag]);
    b.CreateUnreachable();
  }
  b.SetInsertPoint(ok);
  return coerce(ctx, v, kind);
}

/** `a.b`: `.length` of strings and arrays, statics, fields and getters. */
function lowerPropertyAccess(ctx: FunctionContext, node: ts.PropertyAccessExpression): TypedValue {
  const { b, ir } = ctx;
  const lib = libraryName(ctx.checker, node);
  if (lib && lib in CONSTANTS) return lowerConstant(ctx, lib);
  // getConstantValue answers for const enums only: ask the member itself.
  const member = ctx.checker.getSymbolAtLocation(node.name)?.valueDeclaration;
  const enumValue = member && ts.isEnumMember(member) ? ctx.checker.getConstantValue(member) : undefined;
  if (enumValue !== undefined) {
    return typeof enumValue === 'number' ? num(ir.f64Const(enumValue)) : { kind: 'string', value: ir.stringLiteral(enumValue) };
  }
  const objectType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression));
  if (node.name.text === 'length' && kindOfType(objectType) === 'string') {
    const s = coerce(ctx, lowerExpr(ctx, node.expression), 'string').value;
    return num(b.CreateUIToFP(stringLength(ctx, s), ir.f64));
  }
  if (collectionOf(objectType) && node.name.text === 'size') {
    return collectionSize(ctx, coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value);
  }
  const elem = arrayElementKind(ctx.checker, objectType);
  if (elem && node.name.text === 'length') {
    return num(arrayLength(ctx, coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value, elem));
  }
  return lowerTypedProperty(ctx, node) ?? lowerConstrainedLength(ctx, node) ?? lowerPropertyGet(ctx, node);
}

/** `typeof x`: known statically unless x is a union. */
function lowerTypeof(ctx: FunctionContext, node: ts.TypeOfExpression): TypedValue {
  const ir = ctx.ir;
  if (ts.isIdentifier(node.expression) && ctx.program.classes.has(ctx.checker.getSymbolAtLocation(node.expression)!)) return { kind: 'string', value: ir.stringLiteral('function') };
  const v = lowerExpr(ctx, node.expression);
  const type = ctx.checker.getTypeAtLocation(node.expression);
  // A union of references may mix functions and objects, and hold null (0, nullableref.ts): ask the runtime.
  if (v.kind === 'value' || (v.kind === 'ref' && (type.isUnion() || refMayBeNull(type)))) {
    return { kind: 'string', value: callOnValues(ctx, 'tsx_value_typeof', ir.ptr, [toValue(ctx, v)]) };
  }
  const callable = type.getCallSignatures().length > 0;
  const name = v.kind === 'ref' ? (callable ? 'function' : 'object') : v.kind === 'void' ? 'undefined' : v.kind;
  return { kind: 'string', value: ir.stringLiteral(name) };
}

export function load(ctx: FunctionContext, s: Storage, at: ts.Node): TypedValue {
  checkInitialised(ctx, s, at);
  if (s.int) return { kind: 'number', value: loadIntSlot(ctx, s, addressOf(ctx, s)) };
  const value = ctx.b.CreateLoad(llvmType(ctx, s.kind), addressOf(ctx, s), s.name);
  return { kind: s.kind, value: s.kind === 'number' ? markVariableRead(ctx, at, value) : value };
}

export function store(ctx: FunctionContext, s: Storage, v: llvm.Value, at: ts.Node): void {
  checkInitialised(ctx, s, at);
  // A captured variable lives in a heap box: the collector must see the overwrite.
  if (s.int) return storeIntSlot(ctx, s, v, addressOf(ctx, s));
  if (s.boxSlot) storeInHeap(ctx, s.kind, v, addressOf(ctx, s));
  else ctx.b.CreateStore(v, addressOf(ctx, s));
}

/** Stores a value of any kind, converted to the storage's kind. */
export function storeTyped(ctx: FunctionContext, s: Storage, v: TypedValue, at: ts.Node): void {
  store(ctx, s, coerce(ctx, v, s.kind).value, at);
}

/** The address of a variable's value: its slot, or the value slot of its current box. */
export function addressOf(ctx: FunctionContext, s: Storage): llvm.Value {
  if (!s.boxSlot) return s.ptr;
  const { b, ir } = ctx;
  const box = b.CreateLoad(ir.ptr, s.boxSlot);
  return b.CreateBitCast(b.CreateGEP(ir.i8, box, [llvm.ConstantInt.get(ir.i64, 8)]), llvm.PointerType.get(llvmType(ctx, s.kind), 0));
}

/** The temporal dead zone: module-level let/const used before their declaration ran. */
function checkInitialised(ctx: FunctionContext, s: Storage, _at: ts.Node): void {
  if (!s.initialised) return;
  const { b, ir } = ctx;
  const ok = ctx.newBlock('tdz.ok');
  const bad = ctx.newBlock('tdz.bad');
  b.CreateCondBr(b.CreateLoad(ir.i1, s.initialised), ok, bad);
  b.SetInsertPoint(bad);
  b.CreateCall(ir.runtime('tsx_throw_reference_error', ir.void, [ir.ptr]), [ir.stringLiteral(s.name)]);
  b.CreateUnreachable();
  b.SetInsertPoint(ok);
}

export function llvmType(ctx: FunctionContext | { ir: FunctionContext['ir'] }, kind: Kind): llvm.Type {
  return llvmKindType(ctx, kind);
}

function lowerTemplate(ctx: FunctionContext, node: ts.TemplateExpression): TypedValue {
  let acc: llvm.Value = ctx.ir.stringLiteral(node.head.text);
  for (const span of node.templateSpans) {
    acc = concat(ctx, acc, toStringOf(ctx, lowerExpr(ctx, span.expression), span.expression));
    if (span.literal.text) acc = concat(ctx, acc, ctx.ir.stringLiteral(span.literal.text));
  }
  return { kind: 'string', value: acc };
}

function concat(ctx: FunctionContext, a: llvm.Value, b: llvm.Value): llvm.Value {
  const ir = ctx.ir;
  return ctx.b.CreateCall(ir.runtime('tsx_str_concat', ir.ptr, [ir.ptr, ir.ptr]), [a, b]);
}

function lowerPrefix(ctx: FunctionContext, node: ts.PrefixUnaryExpression): TypedValue {
  const { b, ir } = ctx;
  switch (node.operator) {
    case SK.PlusPlusToken:
    case SK.MinusMinusToken:
      return lowerIncrement(ctx, node, true);
    case SK.MinusToken: {
      const x = toNumberOf(ctx, lowerExpr(ctx, node.operand), node.operand);
      return num(integerNegate(ctx, x) ?? b.CreateFNeg(x));
    }
    case SK.PlusToken:
      return num(toNumberOf(ctx, lowerExpr(ctx, node.operand), node.operand));
    case SK.ExclamationToken:
      return { kind: 'boolean', value: b.CreateNot(toBoolean(ctx, lowerExpr(ctx, node.operand))) };
    case SK.TildeToken: {
      const i = toInt32(ctx, toNumberOf(ctx, lowerExpr(ctx, node.operand), node.operand));
      return num(int32Result(ctx, b.CreateXor(i, llvm.ConstantInt.get(ir.i32, -1, true)), false));
    }
  }
  throw internalError(node, `prefix operator ${SK[node.operator]}`);
}

/** An assignable place: a variable or an object member, its object evaluated once. */
interface Place {
  read(): TypedValue;
  write(v: TypedValue): void;
}

export function lowerPlace(ctx: FunctionContext, target: ts.Expression): Place {
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  const record = recordPlace(ctx, target, kindOf(ctx, target));
  if (record) return record;
  if (ts.isIdentifier(target)) {
    const s = ctx.storageOf(target);
    const kind = kindOf(ctx, target);
    return {
      read: () => coerce(ctx, load(ctx, s, target), kind),
      write: (v) => storeTyped(ctx, s, v, target),
    };
  }
  if (ts.isPropertyAccessExpression(target)) {
    const statics = staticClass(ctx, target.expression);
    if (statics) {
      return { read: () => lowerPropertyGet(ctx, target), write: (v) => lowerPropertySet(ctx, target, v) };
    }
    const receiverType = ctx.checker.getTypeAtLocation(target.expression);
    const object = coerce(ctx, lowerExpr(ctx, target.expression), 'ref').value;
    const kind = kindOf(ctx, target);
    return {
      read: () => ({ kind, value: memberRead(ctx, object, receiverType, target.name.text, kind, target)! }),
      write: (v) => memberWrite(ctx, object, receiverType, target.name.text, v, target),
    };
  }
  if (ts.isElementAccessExpression(target)) {
    const typedCode = typedCodeOf(ctx, target.expression);
    if (typedCode) return typedPlace(ctx, target, typedCode);
    const intPlace = integerElementPlace(ctx, target);
    if (intPlace) return intPlace;
    const elem = elementKindOf(ctx, target.expression);
    const object = coerce(ctx, lowerExpr(ctx, target.expression), 'ref').value;
    const index = coerce(ctx, lowerExpr(ctx, target.argumentExpression), 'number').value;
    const kind = kindOf(ctx, target);
    return {
      read: () => coerce(ctx, arrayGet(ctx, object, elem, index), kind),
      write: (v) => arraySet(ctx, object, elem, index, coerce(ctx, v, elem).value),
    };
  }
  throw internalError(target, `assignment to ${SK[target.kind]}`);
}

function lowerIncrement(ctx: FunctionContext, node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, prefix: boolean): TypedValue {
  const { b, ir } = ctx;
  const place = lowerPlace(ctx, node.operand);
  const old = coerce(ctx, place.read(), 'number').value;
  const delta = numberLiteral(ctx, node.operator === SK.PlusPlusToken ? 1 : -1);
  const updated = integerIncrement(ctx, old, node.operator === SK.PlusPlusToken ? 1 : -1) ?? b.CreateFAdd(old, delta);
  place.write(num(updated));
  return num(prefix ? updated : old);
}

/** Compound assignments whose operator short-circuits: `a &&= b` etc. */
const LOGICAL_ASSIGN: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
  [SK.AmpersandAmpersandEqualsToken]: SK.AmpersandAmpersandToken,
  [SK.BarBarEqualsToken]: SK.BarBarToken,
  [SK.QuestionQuestionEqualsToken]: SK.QuestionQuestionToken,
};

function lowerBinary(ctx: FunctionContext, node: ts.BinaryExpression): TypedValue {
  const op = node.operatorToken.kind;
  if (op === SK.EqualsToken && isAssignmentPattern(node.left)) return lowerPatternAssignment(ctx, node);
  if (op === SK.EqualsToken) {
    const place = lowerPlace(ctx, node.left);
    const v = lowerExpr(ctx, node.right);
    place.write(v);
    return v;
  }
  const compound = COMPOUND[op];
  if (compound !== undefined) {
    const place = lowerPlace(ctx, node.left);
    const left = place.read();
    const right = lowerExpr(ctx, node.right);
    const result = applyBinary(ctx, compound, left, right, node);
    place.write(result);
    return result;
  }
  const logical = LOGICAL_ASSIGN[op];
  if (logical !== undefined) {
    // a &&= b (and ||=, ??=) assigns only when the operator would evaluate b.
    const place = lowerPlace(ctx, node.left);
    return shortCircuit(ctx, logical, () => place.read(), () => {
      const v = lowerExpr(ctx, node.right);
      place.write(v);
      return v;
    }, node);
  }
  if (op === SK.AmpersandAmpersandToken || op === SK.BarBarToken || op === SK.QuestionQuestionToken) {
    return shortCircuit(ctx, op, () => lowerExpr(ctx, node.left), () => lowerExpr(ctx, node.right), node);
  }
  if (op === SK.CommaToken) {
    lowerExpr(ctx, node.left);
    return lowerExpr(ctx, node.right);
  }
  if (op === SK.InstanceOfKeyword) return lowerInstanceof(ctx, node);
  if (op === SK.InKeyword) return lowerIn(ctx, node);
  const equality = op === SK.EqualsEqualsEqualsToken || op === SK.ExclamationEqualsEqualsToken || op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken;
  const divisibility = equality ? lowerDivisibilityTest(ctx, node) : undefined; // x % c === 0 (remainderzero.ts)
  if (divisibility) return divisibility;
  const left = equality ? lowerExpr(ctx, node.left) : operand(ctx, node.left);
  const right = equality ? lowerExpr(ctx, node.right) : operand(ctx, node.right);
  return applyBinary(ctx, op, left, right, node);
}

/**
 * An arithmetic or relational operand in its static kind: `v as number`
 * passes a tagged Value through (checkedAssertion), which the operators
 * cannot take; it is converted as the operator would convert it.
 */
function operand(ctx: FunctionContext, expr: ts.Expression): TypedValue {
  const v = lowerExpr(ctx, expr);
  let inner = expr;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (v.kind !== 'value' || !ts.isAsExpression(inner)) return v;
  const kind = kindOf(ctx, expr);
  if (kind === 'number') return { kind, value: toNumber(ctx, v) };
  if (kind === 'string') return { kind, value: toStringValue(ctx, v) };
  return v;
}

/** `a && b`, `a || b`, `a ?? b`: the value of a or b, evaluating b only when needed. */
function shortCircuit(
  ctx: FunctionContext,
  op: ts.BinaryOperator,
  left: () => TypedValue,
  right: () => TypedValue,
  node: ts.Node,
): TypedValue {
  const { b } = ctx;
  const l = left();
  // `r[k] ?? "d"` over number values, where a Value is wanted (records.ts): the result is a Value.
  const kind = l.kind === 'value' && ts.isBinaryExpression(node) && nullishFallbackDropped(ctx.checker, node) ? 'value' : kindOf(ctx, node);
  // `??` takes b when a is null or undefined; && and || test truthiness.
  const takeLeft = op === SK.QuestionQuestionToken ? isNotNullish(ctx, l)
    : op === SK.AmpersandAmpersandToken ? b.CreateNot(toBoolean(ctx, l)) : toBoolean(ctx, l);
  const leftValue = coerceLenient(ctx, l, kind);
  const leftEnd = b.GetInsertBlock()!;
  const rhs = ctx.newBlock('logic.rhs');
  const done = ctx.newBlock('logic.done');
  b.CreateCondBr(takeLeft, done, rhs);
  b.SetInsertPoint(rhs);
  const r = { kind, value: coerceLenient(ctx, right(), kind) }; // `0 && "y"` has type 0: the right never runs
  const rightEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  if (kind === 'void') return r;
  const phi = b.CreatePHI(llvmType(ctx, kind), 2);
  phi.addIncoming(leftValue, leftEnd);
  phi.addIncoming(r.value, rightEnd);
  return { kind, value: phi };
}

/**
 * The left operand as the result kind. When the left is a union and the
 * result is narrower (`x ?? 0` with x: number | undefined gives number), the
 * left is only used on the path where it has that kind, so reading its bits
 * is sound.
 */
function coerceLenient(ctx: FunctionContext, v: TypedValue, kind: Kind): llvm.Value {
  if (kind === 'void') return llvm.UndefValue.get(ctx.ir.i1);
  // `1 && "x"` has type "x": TypeScript proved the left never is the result, whatever its kind.
  const representable = v.kind === kind || v.kind === 'value' || kind === 'value' || (isPointerKind(v.kind) && isPointerKind(kind));
  if (!representable) return llvm.UndefValue.get(llvmType(ctx, kind));
  return coerce(ctx, v, kind).value;
}

export function isNotNullish(ctx: FunctionContext, v: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  if (v.kind === 'ref') return refIsNotNull(ctx, v.value); // nullableref.ts
  if (v.kind !== 'value') return llvm.ConstantInt.getTrue(ir.context);
  return b.CreateICmpUGT(valueTag(ctx, v.value), llvm.ConstantInt.get(ir.i32, ValueTag.Null));
}

export function applyBinary(ctx: FunctionContext, op: ts.SyntaxKind, l: TypedValue, r: TypedValue, node: ts.Node): TypedValue {
  const { b, ir } = ctx;
  const integer = l.kind === 'number' && r.kind === 'number' ? integerBinary(ctx, op, l.value, r.value) : undefined;
  if (integer) return integer;
  switch (op) {
    case SK.PlusToken:
      if (l.kind === 'string' || r.kind === 'string') {
        const operands = ts.isBinaryExpression(node) ? [node.left, node.right] : [undefined, undefined];
        return { kind: 'string', value: concat(ctx, toStringOf(ctx, l, operands[0]), toStringOf(ctx, r, operands[1])) };
      }
      return num(b.CreateFAdd(l.value, r.value));
    case SK.MinusToken:
      return num(b.CreateFSub(l.value, r.value));
    case SK.AsteriskToken:
      return num(b.CreateFMul(l.value, r.value));
    case SK.SlashToken:
      return num(b.CreateFDiv(l.value, r.value));
    case SK.PercentToken:
      // JS's % is C's fmod (sign of the dividend); intrange.ts avoids the call for integers.
      return num(remainder(ctx, l.value, r.value));
    case SK.AsteriskAsteriskToken:
      return num(b.CreateCall(ir.runtime('tsx_pow', ir.f64, [ir.f64, ir.f64]), [l.value, r.value]));
    case SK.AmpersandToken:
      return num(int32ToNumber(ctx, b.CreateAnd(toInt32(ctx, l.value), toInt32(ctx, r.value))));
    case SK.BarToken:
      return num(int32ToNumber(ctx, b.CreateOr(toInt32(ctx, l.value), toInt32(ctx, r.value))));
    case SK.CaretToken:
      return num(int32ToNumber(ctx, b.CreateXor(toInt32(ctx, l.value), toInt32(ctx, r.value))));
    case SK.LessThanLessThanToken:
      return num(int32ToNumber(ctx, b.CreateShl(toInt32(ctx, l.value), shiftCount(ctx, r.value))));
    case SK.GreaterThanGreaterThanToken:
      return num(int32ToNumber(ctx, b.CreateAShr(toInt32(ctx, l.value), shiftCount(ctx, r.value))));
    case SK.GreaterThanGreaterThanGreaterThanToken:
      return num(uint32ToNumber(ctx, b.CreateLShr(toInt32(ctx, l.value), shiftCount(ctx, r.value))));
    case SK.EqualsEqualsEqualsToken:
      return bool(equals(ctx, l, r, node));
    case SK.ExclamationEqualsEqualsToken:
      return bool(b.CreateNot(equals(ctx, l, r, node)));
    case SK.EqualsEqualsToken:
    case SK.ExclamationEqualsToken: {
      const eq = l.kind !== r.kind || l.kind === 'value' ? looseEquals(ctx, l, r) : equals(ctx, l, r, node);
      return bool(op === SK.EqualsEqualsToken ? eq : b.CreateNot(eq));
    }
    case SK.LessThanToken:
    case SK.LessThanEqualsToken:
    case SK.GreaterThanToken:
    case SK.GreaterThanEqualsToken:
      return bool(relational(ctx, op, l, r));
  }
  throw internalError(node, `binary operator ${SK[op]}`);
}

/** Arithmetic and bitwise operators on exact integers (intrange.ts), else undefined. */
function integerBinary(ctx: FunctionContext, op: ts.SyntaxKind, l: llvm.Value, r: llvm.Value): TypedValue | undefined {
  const { b } = ctx;
  const arithmetic = integerArithmetic(ctx, op, l, r);
  if (arithmetic) return num(arithmetic);
  const [lo, hi] = bitwiseRange(op, l, r);
  switch (op) {
    case SK.AmpersandToken: return num(int32Result(ctx, b.CreateAnd(toInt32(ctx, l), toInt32(ctx, r)), false, lo, hi));
    case SK.BarToken: return num(int32Result(ctx, b.CreateOr(toInt32(ctx, l), toInt32(ctx, r)), false, lo, hi));
    case SK.CaretToken: return num(int32Result(ctx, b.CreateXor(toInt32(ctx, l), toInt32(ctx, r)), false, lo, hi));
    case SK.LessThanLessThanToken: return num(int32Result(ctx, b.CreateShl(toInt32(ctx, l), shiftCount(ctx, r)), false, lo, hi));
    case SK.GreaterThanGreaterThanToken: return num(int32Result(ctx, b.CreateAShr(toInt32(ctx, l), shiftCount(ctx, r)), false, lo, hi));
    case SK.GreaterThanGreaterThanGreaterThanToken:
      return num(int32Result(ctx, b.CreateLShr(toInt32(ctx, l), shiftCount(ctx, r)), true, lo, hi));
  }
  return undefined;
}

function bool(value: llvm.Value): TypedValue {
  return { kind: 'boolean', value };
}

/** The shift count: ToUint32(count) & 31. */
function shiftCount(ctx: FunctionContext, count: llvm.Value): llvm.Value {
  return ctx.b.CreateAnd(toInt32(ctx, count), llvm.ConstantInt.get(ctx.ir.i32, 31));
}

function equals(ctx: FunctionContext, l: TypedValue, r: TypedValue, node: ts.Node): llvm.Value {
  const { b, ir } = ctx;
  if (l.kind !== r.kind || l.kind === 'value') {
    // Different representations: compare as tagged Values (strict equality, SameValue-free:
    // NaN unequal, +0 equal to -0, strings by content).
    return strictEqualValues(ctx, toValue(ctx, l), toValue(ctx, r));
  }
  void node;
  switch (l.kind) {
    case 'number':
      // NaN is unequal to itself; +0 equals -0.
      return integerCompare(ctx, SK.EqualsEqualsEqualsToken, l.value, r.value) ?? b.CreateFCmpOEQ(l.value, r.value);
    case 'boolean':
      return b.CreateICmpEQ(l.value, r.value);
    case 'string':
      return b.CreateCall(ir.runtime('tsx_str_equals', ir.i1, [ir.ptr, ir.ptr]), [l.value, r.value]);
    case 'ref':
      return b.CreateICmpEQ(l.value, r.value);
    default:
      return llvm.ConstantInt.getTrue(ir.context);
  }
}

function relational(ctx: FunctionContext, op: ts.SyntaxKind, l: TypedValue, r: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  let lv = l.value;
  let rv = r.value;
  if (l.kind === 'string' && r.kind === 'string') {
    const cmp = b.CreateCall(ir.runtime('tsx_str_compare', ir.i32, [ir.ptr, ir.ptr]), [lv, rv]);
    const zero = llvm.ConstantInt.get(ir.i32, 0);
    if (op === SK.LessThanToken) return b.CreateICmpSLT(cmp, zero);
    if (op === SK.LessThanEqualsToken) return b.CreateICmpSLE(cmp, zero);
    if (op === SK.GreaterThanToken) return b.CreateICmpSGT(cmp, zero);
    return b.CreateICmpSGE(cmp, zero);
  }
  if (l.kind === 'boolean') lv = booleanToNumber(ctx, lv);
  if (r.kind === 'boolean') rv = booleanToNumber(ctx, rv);
  const integer = integerCompare(ctx, op, lv, rv);
  if (integer) return integer;
  // Ordered comparisons: any NaN makes all four false, as in JS.
  if (op === SK.LessThanToken) return b.CreateFCmpOLT(lv, rv);
  if (op === SK.LessThanEqualsToken) return b.CreateFCmpOLE(lv, rv);
  if (op === SK.GreaterThanToken) return b.CreateFCmpOGT(lv, rv);
  return b.CreateFCmpOGE(lv, rv);
}

function lowerConditional(ctx: FunctionContext, node: ts.ConditionalExpression): TypedValue {
  const { b } = ctx;
  const kind = kindOf(ctx, node);
  const cond = lowerCondition(ctx, node.condition);
  const whenTrue = ctx.newBlock('cond.true');
  const whenFalse = ctx.newBlock('cond.false');
  const done = ctx.newBlock('cond.done');
  b.CreateCondBr(cond, whenTrue, whenFalse);
  b.SetInsertPoint(whenTrue);
  const t = coerceTo(ctx, lowerExpr(ctx, node.whenTrue), kind);
  const tEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(whenFalse);
  const f = coerceTo(ctx, lowerExpr(ctx, node.whenFalse), kind);
  const fEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  if (kind === 'void') return t;
  const phi = b.CreatePHI(llvmType(ctx, kind), 2);
  phi.addIncoming(t.value, tEnd);
  phi.addIncoming(f.value, fEnd);
  return { kind, value: phi };
}

function coerceTo(ctx: FunctionContext, v: TypedValue, kind: Kind): TypedValue {
  return kind === 'void' ? v : coerce(ctx, v, kind);
}

/** An expression used as a condition, as an i1. */
export function lowerCondition(ctx: FunctionContext, node: ts.Expression): llvm.Value {
  return toBoolean(ctx, lowerExpr(ctx, node));
}

function lowerCall(ctx: FunctionContext, node: ts.CallExpression): TypedValue {
  const { b, ir } = ctx;
  if (ts.isPropertyAccessExpression(node.expression) && node.expression.questionDotToken) checkChainLink(ctx, node.expression.expression);
  if (node.questionDotToken) return lowerValueCall(ctx, node, node.expression, true); // f?.()
  if (isConsoleCall(ctx, node)) return lowerConsoleCall(ctx, node);
  const bound = boundMethodCall(ctx.checker, node);
  if (bound) return lowerBoundMethod(ctx, bound);
  const callee = node.expression;
  if (callee.kind === SK.SuperKeyword) {
    lowerSuperCall(ctx, node);
    ctx.program.fieldInitAfterSuper.get(ctx.thisClass!)?.(ctx);
    return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
  }
  const lib = libraryName(ctx.checker, callee);
  const typedStatic = lib ? lowerTypedStatic(ctx, lib, node) : undefined;
  if (typedStatic) return coerceTo(ctx, typedStatic, kindOf(ctx, node));
  if (lib === 'JSON.parse' || lib === 'JSON.stringify') return lowerJsonCall(ctx, lib, node);
  const asyncCall = lowerAsyncCall(ctx, node, lib);
  if (asyncCall) return coerceTo(ctx, asyncCall, kindOf(ctx, node));
  if (lib && isStaticBuiltin(lib)) return coerceTo(ctx, lowerStaticCall(ctx, lib, node), kindOf(ctx, node));
  if (lib && isObjectStatic(lib)) return coerceTo(ctx, lowerObjectStatic(ctx, lib, node), kindOf(ctx, node));
  if (ts.isPropertyAccessExpression(callee)) {
    if (callee.expression.kind === SK.SuperKeyword) return lowerSuperMethodCall(ctx, node, callee);
    const receiverType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression));
    const receiverKind = kindOfType(receiverType);
    if (receiverKind === 'string' || receiverKind === 'number') {
      const receiver = coerce(ctx, lowerExpr(ctx, callee.expression), receiverKind).value;
      const r = receiverKind === 'string' ? lowerStringMethod(ctx, receiver, callee.name.text, node) : lowerNumberMethod(ctx, receiver, callee.name.text, node);
      return coerceTo(ctx, r, kindOf(ctx, node));
    }
    const elem = arrayElementKind(ctx.checker, receiverType);
    if (elem) return lowerArrayMethod(ctx, node, callee, elem);
    const binary = lowerBinaryDataCall(ctx, node, callee);
    if (binary) return binary;
    const coll = collectionOf(receiverType);
    if (coll) {
      const object = coerce(ctx, lowerExpr(ctx, callee.expression), 'ref').value;
      return lowerCollectionMethod(ctx, node, callee.name.text, object, coll, kindOf(ctx, node));
    }
    const member = ctx.checker.getSymbolAtLocation(callee.name);
    if (member && member.flags & ts.SymbolFlags.Property) return lowerValueCall(ctx, node, callee); // a function-valued field
    return lowerMethodCall(ctx, node, callee);
  }
  const intrinsic = lowerIntrinsicCall(ctx, node, (e) => lowerExpr(ctx, e));
  if (intrinsic) return coerceTo(ctx, intrinsic, kindOf(ctx, node));
  const sym = ts.isIdentifier(callee) ? ctx.checker.getSymbolAtLocation(callee) : undefined;
  const generic = sym && ctx.program.generics.get(sym);
  const target = generic ? instantiate(ctx, generic, bindTypeParameters(ctx, generic.decl, node)) : sym && ctx.program.functions.get(sym);
  if (!target) return lowerValueCall(ctx, node, callee);
  const args = abiArguments(b, ctx.program, target, lowerArgs(ctx, node, target.params));
  const call = b.CreateCall(target.fn, args);
  checkPending(ctx, target.fn);
  if (target.result === 'void') return { kind: 'void', value: llvm.UndefValue.get(ir.i1) };
  return coerceTo(ctx, { kind: target.result, value: abiResult(ctx, target, call) }, kindOf(ctx, node));
}
