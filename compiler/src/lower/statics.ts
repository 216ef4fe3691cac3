// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Static members with JS's semantics. A class's static fields are globals.
// A subclass inherits them through its constructor's prototype chain: reading
// `Derived.x` reads Base.x until something assigns `Derived.x`, which gives
// Derived its own property from then on. So every class gets, for each static
// field it inherits, a shadow global and a flag saying whether it holds an
// own value. Static methods and accessors take the class they were called on
// (`this`) as a hidden first argument, the class's id (its tag); `this.x` and
// `this.m()` inside them dispatch over the classes `this` may be.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, Storage, TypedValue } from './context.js';
import { ClassInfo, MethodImpl, isStatic, llvmKindType, memberName, switchOnClassId } from './classes.js';
import { Kind } from './kinds.js';
import { coerce } from './values.js';
import { checkPending } from './exceptions.js';
import { internalError } from './errors.js';
import { genericCallKinds, instantiateMethod } from './genericmethods.js';

const Linkage = llvm.Function.LinkageTypes;

interface Shadow {
  storage: Storage;
  own: llvm.GlobalVariable;
}

const shadows = new WeakMap<ProgramContext, Map<ClassInfo, Map<string, Shadow>>>();

/** The program's classes that own statics (one per declaration), each with its static base. */
function staticClasses(pc: ProgramContext): ClassInfo[] {
  return [...pc.classes.values()].filter((c) => c.decl);
}

/** The class (owning statics) that a class's constructor inherits from. */
export function staticBase(pc: ProgramContext, cls: ClassInfo): ClassInfo | undefined {
  const base = cls.base;
  return base?.decl ? pc.classes.get(base.symbol) : undefined;
}

/** Every class whose constructor is `cls` or inherits from it. */
export function staticSubtree(pc: ProgramContext, cls: ClassInfo): ClassInfo[] {
  return staticClasses(pc).filter((c) => {
    for (let k: ClassInfo | undefined = c; k; k = staticBase(pc, k)) if (k === cls) return true;
    return false;
  });
}

/** Creates the shadow globals for inherited static fields (before roots are listed). */
export function registerStaticShadows(pc: ProgramContext): void {
  const { ir } = pc;
  const all = new Map<ClassInfo, Map<string, Shadow>>();
  for (const cls of staticClasses(pc)) {
    const own = new Map<string, Shadow>();
    for (let b = staticBase(pc, cls); b; b = staticBase(pc, b)) {
      for (const [name, s] of b.statics) {
        if (cls.statics.has(name) || own.has(name) || declaresStatic(cls, name)) continue;
        const t = llvmKindType(pc, s.kind);
        const label = `${cls.name}.${name}.inherited`;
        const ptr = new llvm.GlobalVariable(ir.module, t, false, Linkage.InternalLinkage, llvm.Constant.getNullValue(t), label);
        const flag = new llvm.GlobalVariable(ir.module, ir.i1, false, Linkage.InternalLinkage, llvm.ConstantInt.getFalse(ir.context), `${label}.own`);
        own.set(name, { storage: { kind: s.kind, ptr, name: label }, own: flag });
      }
    }
    all.set(cls, own);
  }
  shadows.set(pc, all);
}

/** Shadow storage, for the collector's roots. */
export function shadowRoots(pc: ProgramContext): Storage[] {
  return [...(shadows.get(pc)?.values() ?? [])].flatMap((m) => [...m.values()].map((s) => s.storage));
}

function declaresStatic(cls: ClassInfo, name: string): boolean {
  return cls.staticMethods.has(`get:${name}`) || cls.staticMethods.has(`set:${name}`) || cls.staticMethods.has(`method:${name}`);
}

/** Where `name` is found on `cls`'s constructor chain: its own field, a shadow, or an accessor/method. */
function lookup(pc: ProgramContext, cls: ClassInfo, name: string): { field?: Storage; shadow?: Shadow; owner: ClassInfo } | undefined {
  for (let c: ClassInfo | undefined = cls; c; c = staticBase(pc, c)) {
    const field = c.statics.get(name);
    if (field) return { field, owner: c };
    if (declaresStatic(c, name)) return { owner: c };
  }
  return undefined;
}

function staticImpl(pc: ProgramContext, cls: ClassInfo, key: string): MethodImpl | undefined {
  for (let c: ClassInfo | undefined = cls; c; c = staticBase(pc, c)) {
    const m = c.staticMethods.get(key);
    if (m) return m;
    if (c.statics.has(key.slice(key.indexOf(':') + 1))) return undefined; // a field shadows accessors further up
  }
  return undefined;
}

function classId(ctx: FunctionContext, cls: ClassInfo): llvm.Value {
  return llvm.ConstantInt.get(ctx.ir.i32, cls.type.tag);
}

function load(ctx: FunctionContext, s: Storage): TypedValue {
  return { kind: s.kind, value: ctx.b.CreateLoad(llvmKindType(ctx, s.kind), s.ptr) };
}

/** Reads `cls.name` where `cls` is known at compile time. */
function readOn(ctx: FunctionContext, cls: ClassInfo, name: string, kind: Kind, at: ts.Node): llvm.Value {
  const pc = ctx.program;
  const { b } = ctx;
  const found = lookup(pc, cls, name);
  if (!found) throw internalError(at, `static member '${name}'`);
  if (!found.field) {
    const getter = staticImpl(pc, cls, `get:${name}`);
    if (!getter) throw internalError(at, `static getter '${name}'`);
    return coerce(ctx, call(ctx, getter, classId(ctx, cls), []), kind).value;
  }
  if (found.owner === cls) return coerce(ctx, load(ctx, found.field), kind).value;
  // An inherited field: this class's own value once assigned, else the base's.
  const shadow = shadows.get(pc)?.get(cls)?.get(name);
  if (!shadow) throw internalError(at, `static shadow '${name}'`);
  const ownBlock = ctx.newBlock('static.own');
  const inherited = ctx.newBlock('static.inherited');
  const done = ctx.newBlock('static.done');
  b.CreateCondBr(b.CreateLoad(ctx.ir.i1, shadow.own), ownBlock, inherited);
  b.SetInsertPoint(ownBlock);
  const a = coerce(ctx, load(ctx, shadow.storage), kind).value;
  const aEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(inherited);
  const v = readOn(ctx, staticBase(pc, cls)!, name, kind, at);
  const vEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(llvmKindType(ctx, kind), 2);
  phi.addIncoming(a, aEnd);
  phi.addIncoming(v, vEnd);
  return phi;
}

/** Writes `cls.name = v`: the own field, a setter, or (for an inherited field) a new own value. */
function writeOn(ctx: FunctionContext, cls: ClassInfo, name: string, v: TypedValue, at: ts.Node): void {
  const pc = ctx.program;
  const found = lookup(pc, cls, name);
  if (!found) throw internalError(at, `static member '${name}'`);
  if (!found.field) {
    const setter = staticImpl(pc, cls, `set:${name}`);
    if (!setter) throw internalError(at, `static setter '${name}'`);
    call(ctx, setter, classId(ctx, cls), [coerce(ctx, v, setter.params[0]).value]);
    return;
  }
  if (found.owner === cls) {
    ctx.b.CreateStore(coerce(ctx, v, found.field.kind).value, found.field.ptr);
    return;
  }
  const shadow = shadows.get(pc)?.get(cls)?.get(name);
  if (!shadow) throw internalError(at, `static shadow '${name}'`);
  ctx.b.CreateStore(coerce(ctx, v, shadow.storage.kind).value, shadow.storage.ptr);
  ctx.b.CreateStore(llvm.ConstantInt.getTrue(ctx.ir.context), shadow.own);
}

function call(ctx: FunctionContext, m: MethodImpl, id: llvm.Value, args: llvm.Value[]): TypedValue {
  const r = ctx.b.CreateCall(m.fn, [id, ...args]);
  checkPending(ctx, m.fn);
  return m.result === 'void' ? { kind: 'void', value: llvm.UndefValue.get(ctx.ir.i1) } : { kind: m.result, value: r };
}

/**
 * Runs `emit` for the class `this` is in a static method: known when the
 * receiver is a class name, else a switch on the hidden class id.
 */
function onReceiver(ctx: FunctionContext, cls: ClassInfo, dynamic: boolean, kind: Kind, emit: (k: ClassInfo) => llvm.Value | undefined): llvm.Value | undefined {
  if (!dynamic) return emit(cls);
  const st = ctx.staticThis;
  if (!st) throw internalError(cls.decl!, "static 'this' outside a static member");
  const candidates = staticSubtree(ctx.program, st.cls);
  if (candidates.length === 1) return emit(candidates[0]);
  return switchOnClassId(ctx, st.id, kind, candidates.map((k) => ({ tags: [k.type.tag], emit: () => emit(k) })));
}

/** `C.x` or, in a static member, `this.x`. */
export function lowerStaticRead(ctx: FunctionContext, cls: ClassInfo, node: ts.PropertyAccessExpression, kind: Kind): TypedValue {
  const dynamic = node.expression.kind === ts.SyntaxKind.ThisKeyword;
  const v = onReceiver(ctx, cls, dynamic, kind, (k) => readOn(ctx, k, node.name.text, kind, node));
  return { kind, value: v! };
}

export function lowerStaticWrite(ctx: FunctionContext, cls: ClassInfo, node: ts.PropertyAccessExpression, v: TypedValue): void {
  const dynamic = node.expression.kind === ts.SyntaxKind.ThisKeyword;
  onReceiver(ctx, cls, dynamic, 'void', (k) => void writeOn(ctx, k, node.name.text, v, node));
}

/** `C.m(args)`, `this.m(args)` in a static member, or `super.m(args)` there. */
export function lowerStaticCall(ctx: FunctionContext, cls: ClassInfo, node: ts.CallExpression, name: string, kind: Kind,
  lowerArgs: (params: Kind[]) => llvm.Value[]): TypedValue {
  const callee = node.expression as ts.PropertyAccessExpression;
  const pc = ctx.program;
  if (callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
    // super.m() keeps `this`: the base's implementation, called with the current class id.
    const st = ctx.staticThis;
    const base = st && staticBase(pc, st.cls);
    const m = base && staticImpl(pc, base, `method:${name}`);
    if (!m || !st) throw internalError(node, `static super.${name}`);
    return coerceResult(ctx, call(ctx, m, st.id, lowerArgs(m.params)), kind);
  }
  const dynamic = callee.expression.kind === ts.SyntaxKind.ThisKeyword;
  const typeArgs = genericCallKinds(ctx, node);
  const resolve = (k: ClassInfo): MethodImpl | undefined => (typeArgs ? instantiateMethod(ctx, k, name, typeArgs, true) : staticImpl(pc, k, `method:${name}`));
  const first = resolve(cls);
  if (!first) throw internalError(node, `static method '${name}'`);
  const args = lowerArgs(first.params);
  const v = onReceiver(ctx, cls, dynamic, kind, (k) => {
    const m = resolve(k);
    if (!m) throw internalError(node, `static method '${name}' of ${k.name}`);
    const r = call(ctx, m, classId(ctx, k), args.map((a, i) => coerce(ctx, { kind: first.params[i], value: a }, m.params[i]).value));
    return kind === 'void' ? undefined : coerce(ctx, r, kind).value;
  });
  return kind === 'void' ? { kind, value: llvm.UndefValue.get(ctx.ir.i1) } : { kind, value: v! };
}

function coerceResult(ctx: FunctionContext, r: TypedValue, kind: Kind): TypedValue {
  return kind === 'void' ? r : coerce(ctx, r, kind);
}

/**
 * Where a class declaration stands: its static field initialisers and static
 * blocks, in member order, with `this` the class.
 */
export function lowerClassStatics(ctx: FunctionContext, node: ts.ClassDeclaration, lowerExpr: (e: ts.Expression) => TypedValue,
  lowerBlock: (b: ts.Block) => void): void {
  const cls = ctx.program.classes.get(ctx.checker.getSymbolAtLocation(node.name!)!);
  if (!cls) throw internalError(node, 'unregistered class');
  const outer = ctx.staticThis;
  ctx.staticThis = { id: classId(ctx, cls), cls };
  try {
    for (const m of node.members) {
      if (ts.isClassStaticBlockDeclaration(m)) {
        lowerBlock(m.body);
        continue;
      }
      if (!ts.isPropertyDeclaration(m) || !isStatic(m) || !m.initializer) continue;
      const s = cls.statics.get(memberName(m))!;
      ctx.b.CreateStore(coerce(ctx, lowerExpr(m.initializer), s.kind).value, s.ptr);
    }
  } finally {
    ctx.staticThis = outer;
  }
}
