// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// JSON.stringify and JSON.parse. stringify hands the value (and the replacer
// array, and `space`) to the runtime, which walks objects through the type
// tables (rt/json_stringify.zig). parse needs a declared target type: the
// compiler describes it as a schema (accepted JSON kinds, storage kind,
// element and field schemas, literal values) and the runtime parses and
// checks the text against it, building objects in layouts registered here
// (rt/json_parse.zig). Both the subset checker and the lowering use the
// schema walk below, so that what is accepted is what can be lowered.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, TypedValue } from './context.js';
import { ClassInfo } from './classes.js';
import { Kind, kindOfType } from './kinds.js';
import { ShapeKind, constantTable } from './typetable.js';
import { arrayElementKind, arrayType, isArrayType } from './arrays.js';
import { coerce, constantValue, makeValue, toValue, valueAbiArgs } from './values.js';
import { ValueTag } from './runtime.js';
import { checkPending } from './exceptions.js';
import { lowerExpr } from './expressions.js';
import { libraryName } from './builtins.js';
import { consoleMethod } from './console.js';
import { internalError } from './errors.js';
import { callClosure, functionTypeKinds } from './closures.js';

const Linkage = llvm.Function.LinkageTypes;

/** Schema.accept bits (rt/json_parse.zig). */
const enum Accept {
  Null = 1,
  Boolean = 2,
  Number = 4,
  String = 8,
  Array = 16,
  Object = 32,
}

const STORAGE: Record<Kind, number> = { number: 1, boolean: 2, string: 3, ref: 4, value: 5, void: 5 };

/** At most this many fields in a parsed object (the runtime tracks them in a 64-bit set). */
const MAX_FIELDS = 40;

export interface Literal {
  kind: 'string' | 'number' | 'boolean';
  value: string | number | boolean;
}

export interface SchemaNode {
  accept: number;
  storage: Kind;
  elem?: SchemaNode;
  elemKind?: Kind;
  object?: ObjectSchema;
  restricted: number;
  literals: Literal[];
}

export interface ObjectSchema {
  type: ts.Type;
  fields: { name: string; kind: Kind; optional: boolean; schema: SchemaNode }[];
}

export interface ParseTarget {
  type: ts.Type;
  root: SchemaNode;
  objects: ObjectSchema[];
}

export class JsonTypeError extends Error {
  constructor(readonly code: 'type' | 'any', message: string) {
    super(message);
  }
}

/** 'parse' or 'stringify' when `node` calls the library's JSON.parse / JSON.stringify. */
export function jsonCallName(checker: ts.TypeChecker, node: ts.Node): 'parse' | 'stringify' | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const lib = libraryName(checker, node.expression);
  return lib === 'JSON.parse' ? 'parse' : lib === 'JSON.stringify' ? 'stringify' : undefined;
}

/** The type a JSON.parse call's result is declared as: an `as` type, else the contextual type. */
export function parseTargetType(checker: ts.TypeChecker, call: ts.CallExpression): ts.Type | undefined {
  let node: ts.Expression = call;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent)) return checker.getTypeFromTypeNode(parent.type);
  if (ts.isSatisfiesExpression(parent)) return checker.getTypeFromTypeNode(parent.type);
  return checker.getContextualType(node);
}

/** Describes the target type of a JSON.parse call, or throws JsonTypeError saying why it cannot. */
export function describeParse(checker: ts.TypeChecker, call: ts.CallExpression): ParseTarget {
  const type = parseTargetType(checker, call);
  if (!type || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
    throw new JsonTypeError('any', "JSON.parse needs a declared result type (e.g. 'const p: Point = JSON.parse(text)' or 'JSON.parse(text) as Point'): its result is 'any' here, which tsxen does not allow.");
  }
  const objects = new Map<ts.Type, ObjectSchema>();
  const root = new SchemaWalker(checker, objects).schema(type, kindOfType(type));
  return { type, root, objects: [...objects.values()] };
}

class SchemaWalker {
  constructor(private readonly checker: ts.TypeChecker, private readonly objects: Map<ts.Type, ObjectSchema>) {}

  private fail(type: ts.Type, why: string): never {
    throw new JsonTypeError('type', `JSON.parse cannot produce a '${this.checker.typeToString(type)}': ${why}.`);
  }

  schema(type: ts.Type, storage: Kind | undefined): SchemaNode {
    if (!storage || storage === 'void') this.fail(type, 'tsxen has no representation for it');
    const node: SchemaNode = { accept: 0, storage, restricted: 0, literals: [] };
    const parts = type.isUnion() ? type.types : [type];
    const booleans = new Set<boolean>();
    for (const t of parts) {
      const f = t.flags;
      if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) this.fail(type, "an 'unknown' part could be any JSON value, including objects of no declared shape");
      if (f & ts.TypeFlags.EnumLike) this.fail(type, 'enum types are not supported as JSON targets');
      if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) continue; // JSON never produces undefined
      if (f & ts.TypeFlags.Null) node.accept |= Accept.Null;
      else if (f & ts.TypeFlags.BooleanLiteral) booleans.add(t === this.checker.getTrueType());
      else if (f & ts.TypeFlags.Boolean) node.accept |= Accept.Boolean;
      else if (f & ts.TypeFlags.NumberLiteral) this.literal(node, Accept.Number, { kind: 'number', value: (t as ts.NumberLiteralType).value });
      else if (f & ts.TypeFlags.StringLiteral) this.literal(node, Accept.String, { kind: 'string', value: (t as ts.StringLiteralType).value });
      else if (f & ts.TypeFlags.Number) node.accept |= Accept.Number;
      else if (f & ts.TypeFlags.String) node.accept |= Accept.String;
      else if (f & ts.TypeFlags.Object) this.objectPart(type, t, node);
      else this.fail(type, 'tsxen has no JSON form for it');
    }
    if (booleans.size === 2) node.accept |= Accept.Boolean;
    else for (const b of booleans) this.literal(node, Accept.Boolean, { kind: 'boolean', value: b });
    // A kind both restricted by a literal and accepted in full (`"a" | string`) is unrestricted.
    return node;
  }

  private literal(node: SchemaNode, kind: Accept, lit: Literal): void {
    if (node.accept & kind && !(node.restricted & kind)) return; // the whole kind is accepted already
    node.accept |= kind;
    node.restricted |= kind;
    node.literals.push(lit);
  }

  private objectPart(whole: ts.Type, t: ts.Type, node: SchemaNode): void {
    const checker = this.checker;
    if (isArrayType(checker, t)) {
      if (checker.isTupleType(t)) this.fail(whole, 'tuples are not supported as JSON targets (use an array type)');
      if (node.accept & Accept.Array) this.fail(whole, 'a union with more than one array type cannot be told apart');
      const elem = checker.getTypeArguments(t as ts.TypeReference)[0];
      const elemKind = arrayElementKind(checker, t);
      node.accept |= Accept.Array;
      node.elemKind = elemKind;
      node.elem = this.schema(elem, elemKind);
      return;
    }
    if (t.getCallSignatures().length || t.getConstructSignatures().length) this.fail(whole, 'functions have no JSON form');
    const sym = t.getSymbol();
    if (sym && sym.flags & ts.SymbolFlags.Class) this.fail(whole, 'JSON.parse creates plain objects, not class instances (declare an interface, then construct the class from it)');
    if (sym && (sym.name === 'Map' || sym.name === 'Set') && sym.declarations?.[0]?.getSourceFile().isDeclarationFile) this.fail(whole, 'a Map or Set has no JSON form');
    if (checker.getIndexInfosOfType(t).length) this.fail(whole, 'objects with an index signature have no fixed layout in tsxen');
    if (node.accept & Accept.Object) this.fail(whole, 'a union of several object types cannot be told apart');
    node.accept |= Accept.Object;
    node.object = this.objectSchema(t);
  }

  private objectSchema(t: ts.Type): ObjectSchema {
    const known = this.objects.get(t);
    if (known) return known;
    const obj: ObjectSchema = { type: t, fields: [] };
    this.objects.set(t, obj);
    const props = this.checker.getPropertiesOfType(t);
    if (props.length > MAX_FIELDS) this.fail(t, `tsxen reads objects of at most ${MAX_FIELDS} properties from JSON`);
    const fields = props.map((p) => {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (decl && (ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl))) this.fail(t, `its method '${p.name}' has no JSON form`);
      const pt = this.checker.getTypeOfSymbol(p);
      const kind = kindOfType(pt);
      return { name: p.name, kind: kind!, optional: (p.flags & ts.SymbolFlags.Optional) !== 0, schema: this.schema(pt, kind) };
    });
    // The order of keys in a JS object: array indices first, ascending, then insertion order.
    const index = (k: string): number | undefined => (/^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 2 ** 32 - 1 ? Number(k) : undefined);
    const indexed = fields.filter((f) => index(f.name) !== undefined).sort((a, b) => index(a.name)! - index(b.name)!);
    obj.fields = [...indexed, ...fields.filter((f) => index(f.name) === undefined)];
    return obj;
  }
}

// ---------------------------------------------------------------------------
// Lowering

/** Object layouts for every object type some JSON.parse call produces (before any code is lowered). */
export function registerJsonShapes(pc: ProgramContext, file: ts.SourceFile): void {
  const { checker, ir } = pc;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && jsonCallName(checker, node) === 'parse') {
      for (const o of describeParse(checker, node).objects) {
        if (pc.parsedShapes.has(o.type)) continue;
        const type = pc.types.add('Object', o.fields.map((f) => ({ name: f.name, kind: f.kind, optional: f.optional })), 0, undefined, ShapeKind.ObjectLiteral);
        const init = llvm.Function.Create(llvm.FunctionType.get(ir.void, [ir.ptr], false), Linkage.InternalLinkage, 'json.init', ir.module);
        new llvm.IRBuilder(llvm.BasicBlock.Create(ir.context, 'entry', init)).CreateRetVoid();
        const shape: ClassInfo = {
          instanceType: o.type, symbol: o.type.getSymbol()!, name: 'Object', subclasses: [], type,
          methods: new Map(), init, initParams: [], statics: new Map(), staticMethods: new Map(),
          tagRange: [type.tag, type.tag], abstract: false,
        };
        pc.parsedShapes.set(o.type, shape);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

export function lowerJsonCall(ctx: FunctionContext, name: string, node: ts.CallExpression): TypedValue {
  return name === 'JSON.parse' ? lowerParse(ctx, node) : lowerStringify(ctx, node);
}

function lowerParse(ctx: FunctionContext, node: ts.CallExpression): TypedValue {
  const { b, ir } = ctx;
  const target = describeParse(ctx.checker, node);
  const text = coerce(ctx, lowerExpr(ctx, node.arguments[0]), 'string').value;
  const schema = new SchemaEmitter(ctx.program).schema(target.root);
  const out = ctx.alloca(ir.valueStruct, 'json.parsed');
  const fn = ir.runtime('tsx_json_parse', ir.void, [ir.ptr, ir.ptr, ir.valueStruct.getPointerTo()]);
  b.CreateCall(fn, [text, schema, out]);
  checkPending(ctx);
  const v: TypedValue = { kind: 'value', value: b.CreateLoad(ir.valueStruct, out) };
  const kind = kindOfType(target.type);
  if (!kind) throw internalError(node, 'JSON.parse target');
  return coerce(ctx, v, kind);
}

function lowerStringify(ctx: FunctionContext, node: ts.CallExpression): TypedValue {
  const { b, ir } = ctx;
  const [value, replacer, space] = node.arguments;
  const v = value ? toValue(ctx, lowerExpr(ctx, value)) : constantValue(ctx, ValueTag.Undefined);
  const replacerFn = replacer && isReplacerFunction(ctx.checker, replacer);
  let r: llvm.Value;
  if (replacerFn) {
    const kinds = functionTypeKinds(ctx, replacer);
    const closure = coerce(ctx, lowerExpr(ctx, replacer), 'ref').value;
    const gap = space ? toValue(ctx, lowerExpr(ctx, space)) : constantValue(ctx, ValueTag.Undefined);
    const fn = ir.runtime('tsx_json_stringify_fn', ir.ptr, [ir.i64, ir.i64, ir.ptr, ir.ptr, ir.i64, ir.i64]);
    r = b.CreateCall(fn, [...valueAbiArgs(ctx, v), closure, b.CreateBitCast(replacerAdapter(ctx, kinds), ir.ptr), ...valueAbiArgs(ctx, gap)]);
  } else {
    const list = replacer ? toValue(ctx, lowerExpr(ctx, replacer)) : constantValue(ctx, ValueTag.Undefined);
    const gap = space ? toValue(ctx, lowerExpr(ctx, space)) : constantValue(ctx, ValueTag.Undefined);
    const fn = ir.runtime('tsx_json_stringify', ir.ptr, [ir.i64, ir.i64, ir.i64, ir.i64, ir.i64, ir.i64]);
    r = b.CreateCall(fn, [...valueAbiArgs(ctx, v), ...valueAbiArgs(ctx, list), ...valueAbiArgs(ctx, gap)]);
  }
  checkPending(ctx);
  const isNull = b.CreateICmpEQ(r, llvm.Constant.getNullValue(ir.ptr));
  // A replacer may return undefined (or a function) for the root.
  if (!value || replacerFn || mayStringifyToUndefined(ctx.checker, ctx.checker.getTypeAtLocation(value))) {
    if (isConsoleArgument(ctx.checker, node)) {
      // console.log prints the undefined JSON.stringify gives for undefined and functions.
      const asString = makeValue(ctx, ValueTag.String, b.CreatePtrToInt(r, ir.i64));
      return { kind: 'value', value: b.CreateSelect(isNull, constantValue(ctx, ValueTag.Undefined), asString) };
    }
    // Elsewhere the result is typed string: undefined cannot be held (spec/builtins.md, JSON).
    const bad = ctx.newBlock('json.undefined');
    const ok = ctx.newBlock('json.string');
    b.CreateCondBr(isNull, bad, ok);
    b.SetInsertPoint(bad);
    const msg = 'JSON.stringify gave undefined where tsxen expects a string';
    const panic = ir.runtime('tsx_panic', ir.void, [ir.ptr, ir.i64]);
    b.CreateCall(panic, [b.CreateGlobalStringPtr(msg), llvm.ConstantInt.get(ir.i64, msg.length)]);
    b.CreateUnreachable();
    b.SetInsertPoint(ok);
  }
  return { kind: 'string', value: r };
}

/** Whether a JSON.stringify replacer argument is a function (else an array of keys, or nullish). */
export function isReplacerFunction(checker: ts.TypeChecker, replacer: ts.Expression): boolean {
  const t = checker.getNonNullableType(checker.getTypeAtLocation(replacer));
  return (t.isUnion() ? t.types : [t]).some((p) => p.getCallSignatures().length > 0);
}

/**
 * The adapter the runtime calls a replacer closure through:
 * `(closure, key: *Str, value: *Value, out: *Value)`, passing the key and
 * the value in the closure's parameter kinds and storing its result.
 */
function replacerAdapter(ctx: FunctionContext, kinds: { params: Kind[]; result: Kind }): llvm.Function {
  const ir = ctx.ir;
  const saved = ctx.b.GetInsertBlock();
  const fnTy = llvm.FunctionType.get(ir.void, [ir.ptr, ir.ptr, ir.valueStruct.getPointerTo(), ir.valueStruct.getPointerTo()], false);
  const fn = llvm.Function.Create(fnTy, Linkage.InternalLinkage, 'json.replacer', ir.module);
  const actx = new FunctionContext(ctx.program, fn, 'void');
  const given: TypedValue[] = [{ kind: 'string', value: fn.getArg(1) }, { kind: 'value', value: actx.b.CreateLoad(ir.valueStruct, fn.getArg(2)) }];
  const args = kinds.params.map((k, i) => coerce(actx, given[i] ?? { kind: 'value', value: constantValue(actx, ValueTag.Undefined) }, k).value);
  const r = callClosure(actx, fn.getArg(0), kinds.params, kinds.result, args);
  actx.b.CreateStore(r.kind === 'void' ? constantValue(actx, ValueTag.Undefined) : toValue(actx, r), fn.getArg(3));
  actx.b.CreateRetVoid();
  actx.finish();
  if (saved) ctx.b.SetInsertPoint(saved);
  return fn;
}

/** Whether JSON.stringify of a value of this type may give undefined (undefined, a function, unknown). */
export function mayStringifyToUndefined(checker: ts.TypeChecker, type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Unknown | ts.TypeFlags.Any) ||
    t.getCallSignatures().length > 0 || toJsonMayGiveUndefined(checker, t));
}

/** A toJSON method whose result may be undefined (or a function): then so may stringify's. */
function toJsonMayGiveUndefined(checker: ts.TypeChecker, t: ts.Type): boolean {
  const m = t.getProperty('toJSON');
  const sig = m && checker.getTypeOfSymbol(m).getCallSignatures()[0];
  if (!sig) return false;
  const r = checker.getReturnTypeOfSignature(sig);
  return (r.isUnion() ? r.types : [r]).some((x) => x.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Unknown | ts.TypeFlags.Any) || x.getCallSignatures().length > 0);
}

function isConsoleArgument(checker: ts.TypeChecker, node: ts.Expression): boolean {
  let n: ts.Node = node;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const call = n.parent;
  return ts.isCallExpression(call) && call.arguments.includes(n as ts.Expression) && consoleMethod(checker, call) !== undefined;
}

/** Emits schemas as constant globals (layouts: rt/json_parse.zig), one per schema node. */
class SchemaEmitter {
  private readonly ir;
  private readonly schemaTy: llvm.StructType;
  private readonly fieldTy: llvm.StructType;
  private readonly literalTy: llvm.StructType;

  constructor(private readonly pc: ProgramContext) {
    const ir = (this.ir = pc.ir);
    this.schemaTy = llvm.StructType.get(ir.context, [ir.i32, ir.i32, ir.ptr, ir.i32, ir.i32, ir.ptr, ir.i32, ir.i32, ir.ptr, ir.i32, ir.i32]);
    this.fieldTy = llvm.StructType.get(ir.context, [ir.ptr, ir.i32, ir.i32, ir.ptr]);
    this.literalTy = llvm.StructType.get(ir.context, [ir.i32, ir.i32, ir.ptr, ir.f64]);
  }

  /** The schema's global (as an i8*). */
  schema(node: SchemaNode): llvm.Constant {
    const ir = this.ir;
    const i32 = (x: number) => llvm.ConstantInt.get(ir.i32, x);
    const nullPtr = llvm.Constant.getNullValue(ir.ptr);
    const elem = node.elem ? this.schema(node.elem) : nullPtr;
    const arrayTag = node.elem ? arrayType(this.pc, node.elemKind!).tag : 0;
    const shape = node.object && this.pc.parsedShapes.get(node.object.type);
    if (node.object && !shape) throw new Error('JSON.parse: unregistered object type');
    const lits = node.literals.map((l) => llvm.ConstantStruct.get(this.literalTy, [
      i32(l.kind === 'string' ? ValueTag.String : l.kind === 'number' ? ValueTag.Number : ValueTag.Boolean), i32(0),
      l.kind === 'string' ? ir.stringLiteral(l.value as string) : nullPtr,
      ir.f64Const(l.kind === 'number' ? (l.value as number) : l.value === true ? 1 : 0),
    ]));
    const literals = lits.length ? constantTable(ir, this.literalTy, lits, 'json.literals') : nullPtr;
    const init = llvm.ConstantStruct.get(this.schemaTy, [
      i32(node.accept), i32(STORAGE[node.storage]), elem, i32(arrayTag), i32(shape ? shape.type.tag : 0),
      node.object ? this.fields(node.object, shape!) : nullPtr, i32(node.object ? node.object.fields.length : 0),
      i32(node.restricted), literals, i32(lits.length), i32(0),
    ]);
    const g = new llvm.GlobalVariable(ir.module, this.schemaTy, true, Linkage.PrivateLinkage, init, 'json.schema');
    return llvm.ConstantExpr.getBitCast(g, ir.ptr);
  }

  /** An object type's field table, shared by every schema of that type (recursive types close on it). */
  private fields(obj: ObjectSchema, shape: ClassInfo): llvm.Constant {
    const ir = this.ir;
    const memo = emitted(this.pc);
    const known = memo.get(obj.type);
    if (known) return known;
    const arrTy = llvm.ArrayType.get(this.fieldTy, obj.fields.length);
    const g = new llvm.GlobalVariable(ir.module, arrTy, true, Linkage.PrivateLinkage, null, 'json.fields');
    const ptr = llvm.ConstantExpr.getBitCast(g, ir.ptr);
    memo.set(obj.type, ptr);
    const entries = obj.fields.map((f) => {
      const slot = shape.type.slots.find((s) => s.name === f.name)!;
      return llvm.ConstantStruct.get(this.fieldTy, [
        ir.stringLiteral(f.name), llvm.ConstantInt.get(ir.i32, slot.offset), llvm.ConstantInt.get(ir.i32, f.optional ? 1 : 0), this.schema(f.schema),
      ]);
    });
    g.setInitializer(llvm.ConstantArray.get(arrTy, entries));
    return ptr;
  }
}

const emittedSchemas = new WeakMap<ProgramContext, Map<ts.Type, llvm.Constant>>();

function emitted(pc: ProgramContext): Map<ts.Type, llvm.Constant> {
  let m = emittedSchemas.get(pc);
  if (!m) emittedSchemas.set(pc, (m = new Map()));
  return m;
}
