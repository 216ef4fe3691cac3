// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Classes: layout (a subclass extends its base's layout, so a field has one
// offset in the whole hierarchy), tags numbered in preorder (instanceof is a
// range check), constructors as init functions, and method calls resolved
// with the closed world: a direct call when one implementation can answer,
// otherwise a switch on the receiver's tag over the few that can.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, Storage, TypedValue } from './context.js';
import { Kind, kindOfType, paramKind, withTypeParameterKinds } from './kinds.js';
import { ObjectType, ShapeKind, Slot } from './typetable.js';
import { internalError } from './errors.js';
import { ClassInstance, discoverClassInstances, isGenericClass, typeArgumentKinds } from './genericclasses.js';

const Linkage = llvm.Function.LinkageTypes;

export interface MethodImpl {
  name: string;
  role: 'method' | 'get' | 'set';
  decl: ts.MethodDeclaration | ts.AccessorDeclaration;
  fn: llvm.Function;
  params: Kind[];
  result: Kind;
  owner: ClassInfo;
  /** A generic method's copy: its type arguments' kinds (`<number>`), else ''. */
  copy?: string;
}

export interface ClassInfo {
  /** Undefined for the built-in Error classes, which the compiler lays out itself. */
  decl?: ts.ClassDeclaration;
  /** The type of its instances (for structural receivers). */
  instanceType: ts.Type;
  symbol: ts.Symbol;
  name: string;
  base?: ClassInfo;
  subclasses: ClassInfo[];
  type: ObjectType;
  /** Own methods and accessors, keyed `role:name`. */
  methods: Map<string, MethodImpl>;
  /** (this, ctor params...) → void: runs field initialisers and the constructor body. */
  init: llvm.Function;
  initParams: Kind[];
  statics: Map<string, Storage>;
  staticMethods: Map<string, MethodImpl>;
  /** Tags of this class and its subclasses: [first, last]. */
  tagRange: [number, number];
  abstract: boolean;
  /** An instance of a generic class: its type parameters' kinds, and the types that name it. */
  binding?: Map<ts.Type, Kind>;
  witnesses?: ts.Type[];
}

export function kindAt(checker: ts.TypeChecker, node: ts.Node): Kind {
  const k = kindOfType(checker.getTypeAtLocation(node));
  if (!k) throw internalError(node, 'unsupported type reached lowering');
  return k;
}

/** The built-in error classes: Error and its standard subclasses, laid out {message, name}. */
export const BUILTIN_ERRORS = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError'];
/** TypeDesc.flags bit: an Error (its first slots are message and name): the runtime prints it so. */
export const FLAG_ERROR = 4;

/** The built-in error a lib symbol names, if any. */
export function builtinErrorName(sym: ts.Symbol | undefined): string | undefined {
  const decl = sym?.declarations?.[0];
  return sym && decl?.getSourceFile().isDeclarationFile && BUILTIN_ERRORS.includes(sym.name) ? sym.name : undefined;
}

type ClassNode = ClassInstance | string;

/**
 * Registers the built-in errors and every top-level class (each instance of a
 * generic class as a class of its own): layout, tags (preorder), declared functions.
 */
export function registerClasses(pc: ProgramContext, file: ts.SourceFile): ClassInfo[] {
  const { checker } = pc;
  const decls = file.statements.filter(ts.isClassDeclaration);
  const bySymbol = new Map<ts.Symbol, ts.ClassDeclaration>();
  for (const d of decls) bySymbol.set(checker.getSymbolAtLocation(d.name!)!, d);
  const instances = discoverClassInstances(checker, file);
  const baseOf = (d: ClassNode): ClassNode | undefined => {
    if (typeof d === 'string') return d === 'Error' ? undefined : 'Error';
    const ext = d.decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!ext) return undefined;
    const sym = checker.getSymbolAtLocation(ext.expression);
    const baseDecl = sym && bySymbol.get(sym);
    if (!baseDecl) return builtinErrorName(sym);
    const kinds = withTypeParameterKinds(d.binding, () => typeArgumentKinds(checker, baseDecl, checker.getTypeAtLocation(ext)));
    const found = kinds && instances.get(baseDecl)?.find((i) => i.key === kinds.join(','));
    if (!found) throw internalError(ext, 'base class instance not discovered');
    return found;
  };
  const children = new Map<ClassNode | undefined, ClassNode[]>();
  for (const d of [...BUILTIN_ERRORS, ...decls.flatMap((d) => instances.get(d) ?? [])]) {
    const b = baseOf(d);
    children.set(b, [...(children.get(b) ?? []), d]);
  }
  const ordered: ClassInfo[] = [];
  const visit = (d: ClassNode, base: ClassInfo | undefined): void => {
    const info = typeof d === 'string' ? layoutBuiltinError(pc, d, base) : withTypeParameterKinds(d.binding, () => layoutClass(pc, d, base));
    ordered.push(info);
    base?.subclasses.push(info);
    for (const c of children.get(d) ?? []) visit(c, info);
    info.tagRange[1] = pc.types.all().length + 15;
  };
  for (const root of children.get(undefined) ?? []) visit(root, undefined);
  return ordered;
}

function layoutBuiltinError(pc: ProgramContext, name: string, base: ClassInfo | undefined): ClassInfo {
  const { checker, ir } = pc;
  const fields: { name: string; kind: Kind }[] = base ? [] : [{ name: 'message', kind: 'string' }, { name: 'name', kind: 'string' }];
  // AggregateError's errors: an array of Values (lower/settled.ts).
  if (name === 'AggregateError') fields.push({ name: 'errors', kind: 'ref' });
  const type = pc.types.add(name, fields, FLAG_ERROR, base?.type, ShapeKind.Error);
  const initType = llvm.FunctionType.get(ir.void, [ir.ptr, ir.valueStruct], false);
  const init = llvm.Function.Create(initType, Linkage.InternalLinkage, `${name}.init`, ir.module);
  const libSym = checker.resolveName(name, undefined, ts.SymbolFlags.Type, false);
  const instanceType = libSym ? checker.getDeclaredTypeOfSymbol(libSym) : checker.getAnyType();
  const info: ClassInfo = {
    instanceType, name, base, subclasses: [], type, methods: new Map(), init, initParams: ['value'],
    statics: new Map(), staticMethods: new Map(), tagRange: [type.tag, type.tag], abstract: false, symbol: libSym!,
  };
  pc.builtinErrors.set(name, info);
  return info;
}

function layoutClass(pc: ProgramContext, inst: ClassInstance, base: ClassInfo | undefined): ClassInfo {
  const { checker, ir } = pc;
  const decl = inst.decl;
  // Instances of a generic class print under the class's name but are distinct classes here.
  const name = isGenericClass(decl) ? `${decl.name!.text}<${inst.key}>` : decl.name!.text;
  const fields: { name: string; kind: Kind }[] = [];
  const ctor = decl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
  for (const p of ctor?.parameters ?? []) {
    if (ts.isParameterPropertyDeclaration(p, ctor!)) fields.push({ name: (p.name as ts.Identifier).text, kind: kindAt(checker, p) });
  }
  for (const m of decl.members) {
    if (ts.isPropertyDeclaration(m) && !isStatic(m)) fields.push({ name: memberName(m), kind: kindAt(checker, m) });
  }
  const isError = base ? (base.type.flags & FLAG_ERROR) !== 0 : false;
  const type = pc.types.add(decl.name!.text, fields, isError ? FLAG_ERROR : 0, base?.type, isError ? ShapeKind.Error : ShapeKind.ClassInstance);
  const symbol = checker.getSymbolAtLocation(decl.name!)!;
  const initParams = ctor ? ctor.parameters.map((p) => paramKind(checker, p) ?? kindAt(checker, p)) : base ? base.initParams : [];
  const initType = llvm.FunctionType.get(ir.void, [ir.ptr, ...initParams.map((k) => llvmKindType(pc, k))], false);
  const init = llvm.Function.Create(initType, Linkage.InternalLinkage, `${name}.init`, ir.module);
  // Statics belong to the class, not to an instance of it: instances of a generic class share them.
  const primary = pc.classes.get(symbol);
  const info: ClassInfo = {
    decl, instanceType: checker.getTypeAtLocation(decl.name!), symbol, name, base, subclasses: [], type, methods: new Map(), init, initParams,
    statics: primary?.statics ?? new Map(), staticMethods: primary?.staticMethods ?? new Map(), tagRange: [type.tag, type.tag],
    abstract: (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Abstract) !== 0,
    binding: inst.binding, witnesses: isGenericClass(decl) ? inst.witnesses : undefined,
  };
  for (const m of decl.members) {
    if (primary && isStatic(m)) continue;
    if (ts.isMethodDeclaration(m) && m.typeParameters?.length) continue; // copies per call binding (genericmethods.ts)
    if ((ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) && m.body) {
      const role = ts.isGetAccessorDeclaration(m) ? 'get' : ts.isSetAccessorDeclaration(m) ? 'set' : 'method';
      const impl = declareMethod(pc, info, m, role, isStatic(m));
      (isStatic(m) ? info.staticMethods : info.methods).set(`${role}:${impl.name}`, impl);
    } else if (ts.isPropertyDeclaration(m) && isStatic(m)) {
      const kind = kindAt(checker, m);
      const t = llvmKindType(pc, kind);
      const g = new llvm.GlobalVariable(ir.module, t, false, Linkage.InternalLinkage, llvm.Constant.getNullValue(t), `${name}.${memberName(m)}`);
      info.statics.set(memberName(m), { kind, ptr: g, name: `${name}.${memberName(m)}` });
    }
  }
  if (!primary) pc.classes.set(symbol, info);
  else pc.classInstances.set(symbol, [...(pc.classInstances.get(symbol) ?? [primary]), info]);
  return info;
}

export function declareMethod(pc: ProgramContext, cls: ClassInfo, m: ts.MethodDeclaration | ts.AccessorDeclaration, role: MethodImpl['role'], isStaticMember: boolean, copy = ''): MethodImpl {
  const { checker, ir } = pc;
  const sig = checker.getSignatureFromDeclaration(m)!;
  const params = m.parameters.map((p) => paramKind(checker, p) ?? kindAt(checker, p));
  const result = role === 'set' ? 'void' : kindOfType(checker.getReturnTypeOfSignature(sig)) ?? 'void';
  // Static members take the class they were called on (`this`) as a class id.
  const thisParam = isStaticMember ? [ir.i32] : [ir.ptr];
  const type = llvm.FunctionType.get(llvmKindType(pc, result), [...thisParam, ...params.map((k) => llvmKindType(pc, k))], false);
  const name = memberName(m);
  const fn = llvm.Function.Create(type, Linkage.InternalLinkage, `${cls.name}.${role === 'method' ? '' : role + ' '}${name}${copy}`, ir.module);
  return { name, role, decl: m, fn, params, result, owner: cls, copy };
}

export function memberName(m: ts.ClassElement | ts.TypeElement): string {
  const n = m.name!;
  return ts.isPrivateIdentifier(n) ? n.text : ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) ? n.text : n.getText();
}

export function isStatic(m: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;
}

export function llvmKindType(pc: { ir: ProgramContext['ir'] }, kind: Kind): llvm.Type {
  const ir = pc.ir;
  switch (kind) {
    case 'number':
      return ir.f64;
    case 'boolean':
      return ir.i1;
    case 'string':
    case 'ref':
      return ir.ptr;
    case 'value':
      return ir.valueStruct;
    case 'void':
      return ir.void;
  }
}

/** The class of a static type, when it is (a subtype-less view of) a class instance type. */
export function classOfType(pc: ProgramContext, type: ts.Type): ClassInfo | undefined {
  const sym = type.getSymbol();
  const builtin = builtinErrorName(sym);
  if (builtin) return pc.builtinErrors.get(builtin);
  if (!sym || !(sym.flags & ts.SymbolFlags.Class)) return undefined;
  const cls = pc.classes.get(sym);
  if (!cls?.decl || !isGenericClass(cls.decl)) return cls;
  const kinds = typeArgumentKinds(pc.checker, cls.decl, type);
  return kinds && instancesOf(pc, sym).find((c) => c.binding && [...c.binding.values()].join(',') === kinds.join(','));
}

/** Every laid-out class of the symbol: one, or each instance of a generic class. */
export function instancesOf(pc: ProgramContext, sym: ts.Symbol): ClassInfo[] {
  const primary = pc.classes.get(sym);
  return pc.classInstances.get(sym) ?? (primary ? [primary] : []);
}

/** Every laid-out program class, generic instances included. */
export function allClasses(pc: ProgramContext): ClassInfo[] {
  return [...pc.classes.keys()].flatMap((sym) => instancesOf(pc, sym));
}

/** All classes in `cls`'s subtree (itself first). */
export function subtree(cls: ClassInfo): ClassInfo[] {
  return [cls, ...cls.subclasses.flatMap(subtree)];
}

/** The implementation a runtime class `k` uses for `role:name`, inherited or own. */
export function resolveMethod(k: ClassInfo, key: string): MethodImpl | undefined {
  for (let c: ClassInfo | undefined = k; c; c = c.base) {
    const m = c.methods.get(key);
    if (m) return m;
  }
  return undefined;
}

export function findSlot(cls: ClassInfo, name: string): Slot | undefined {
  return cls.type.slots.find((s) => s.name === name);
}

/** A slot the compiler itself laid out (arrays, closures): it must exist. */
export function findSlotOf(type: ObjectType, name: string): Slot {
  const s = type.slots.find((x) => x.name === name);
  if (!s) throw new Error(`${type.name} has no slot ${name}`);
  return s;
}

/** The address of a slot in an object, typed for its kind. */
/** The address of `slot` in `object`; `name` names the address (accesstags.ts). */
export function slotAddress(ctx: FunctionContext, object: llvm.Value, slot: Slot, name?: string): llvm.Value {
  const { b, ir } = ctx;
  const raw = b.CreateGEP(ir.i8, object, [llvm.ConstantInt.get(ir.i64, slot.offset)]);
  const type = llvm.PointerType.get(llvmKindType(ctx, slot.kind === 'void' ? 'value' : slot.kind), 0);
  return name === undefined ? b.CreateBitCast(raw, type) : b.CreateBitCast(raw, type, name);
}

export function loadSlot(ctx: FunctionContext, object: llvm.Value, slot: Slot): TypedValue {
  return { kind: slot.kind, value: ctx.b.CreateLoad(llvmKindType(ctx, slot.kind), slotAddress(ctx, object, slot)) };
}

/** The receiver's runtime tag (the header's first word). */
export function loadTag(ctx: FunctionContext, object: llvm.Value): llvm.Value {
  const { b, ir } = ctx;
  return b.CreateLoad(ir.i32, b.CreateBitCast(object, llvm.PointerType.get(ir.i32, 0)));
}

/**
 * Emits one of several alternatives chosen by the receiver's tag. Each case
 * produces a value of `kind` (or nothing for void); an unlisted tag cannot
 * happen (TypeScript's types and the closed world rule it out).
 */
export function switchOnTag(
  ctx: FunctionContext,
  object: llvm.Value,
  kind: Kind,
  cases: { tags: number[]; emit: () => llvm.Value | undefined }[],
): llvm.Value | undefined {
  if (cases.length === 1) return cases[0].emit();
  return switchOnClassId(ctx, loadTag(ctx, object), kind, cases);
}

/** Runs the case whose tags hold `id` (an i32 class tag); results of `kind` meet in a phi. */
export function switchOnClassId(
  ctx: FunctionContext,
  id: llvm.Value,
  kind: Kind,
  cases: { tags: number[]; emit: () => llvm.Value | undefined }[],
): llvm.Value | undefined {
  const { b } = ctx;
  const done = ctx.newBlock('dispatch.done');
  const none = ctx.newBlock('dispatch.none');
  const sw = b.CreateSwitch(id, none, cases.length);
  const incoming: [llvm.Value, llvm.BasicBlock][] = [];
  for (const c of cases) {
    const bb = ctx.newBlock('dispatch.case');
    for (const t of c.tags) sw.addCase(llvm.ConstantInt.get(ctx.ir.i32, t), bb);
    b.SetInsertPoint(bb);
    const v = c.emit();
    if (v && kind !== 'void') incoming.push([v, b.GetInsertBlock()!]);
    b.CreateBr(done);
  }
  b.SetInsertPoint(none);
  b.CreateUnreachable();
  b.SetInsertPoint(done);
  if (kind === 'void' || incoming.length === 0) return undefined;
  const phi = b.CreatePHI(llvmKindType(ctx, kind), incoming.length);
  for (const [v, bb] of incoming) phi.addIncoming(v, bb);
  return phi;
}

/** Allocates a zeroed object of a program type; the runtime writes its header (rt/ABI.md). */
/**
 * An object of `type` in the current function's frame (escape analysis
 * showed it cannot outlive the call), header and zeroed words as tsx_alloc
 * makes them. The collector scans the frame conservatively, so what the
 * object refers to stays alive.
 */
export function frameObject(ctx: FunctionContext, type: ObjectType): llvm.Value {
  const { b, ir } = ctx;
  const n = Math.ceil(type.size / 8);
  const words = ctx.alloca(llvm.ArrayType.get(ir.i64, n), 'frame.object');
  const w = b.CreateBitCast(words, llvm.PointerType.get(ir.i64, 0));
  b.CreateStore(llvm.ConstantInt.get(ir.i64, type.tag), w);
  for (let i = 1; i < n; i++) b.CreateStore(llvm.ConstantInt.get(ir.i64, 0), b.CreateGEP(ir.i64, w, [llvm.ConstantInt.get(ir.i64, i)]));
  return b.CreateBitCast(words, ir.ptr);
}

export function allocObject(ctx: FunctionContext, type: ObjectType): llvm.Value {
  const { b, ir } = ctx;
  const alloc = ir.runtime('tsx_alloc', ir.ptr, [ir.i64, ir.i32]);
  return b.CreateCall(alloc, [llvm.ConstantInt.get(ir.i64, type.size), llvm.ConstantInt.get(ir.i32, type.tag)]);
}
