// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Closures: a heap object {header, fn, captures...} per creation. `fn` takes
// the closure itself as its first argument and reads its captures from it.
// Captured variables live in boxes when someone may assign them (see
// captures.ts); each box is a one-slot heap object shared by the declaring
// scope and the closures. Closure bodies are lowered after the function
// that creates them (the IR builder is shared), from a queue.

import { boxIntSlot, loadIntSlot } from './intslots.js';
import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext, Storage, TypedValue } from './context.js';
import { Kind, currentTypeParameterKinds, keysText, kindOfType, paramKind, storageKind, withTypeParameterKinds } from './kinds.js';
import { ObjectType, ShapeKind } from './typetable.js';
import { ClassInfo, allocObject, findSlotOf, frameObject, llvmKindType, slotAddress } from './classes.js';
import { FunctionLike } from './captures.js';
import { coerce } from './values.js';
import { internalError } from './errors.js';

const Linkage = llvm.Function.LinkageTypes;
export const FLAG_CALLABLE = 1;

export interface ClosureSite {
  node: FunctionLike;
  type: ObjectType;
  fn: llvm.Function;
  params: Kind[];
  result: Kind;
  symbols: ts.Symbol[];
  capturesThis: boolean;
}

/** Signature kinds of a function-like declaration. */
export function signatureKinds(checker: ts.TypeChecker, node: ts.SignatureDeclaration): { params: Kind[]; result: Kind } {
  const sig = checker.getSignatureFromDeclaration(node)!;
  const params = node.parameters.map((p) => paramKind(checker, p) ?? 'value');
  return { params, result: resultKind(checker.getReturnTypeOfSignature(sig)) };
}

/** The closure type and function for a site, created (and its body queued) on first use. */
export function closureSite(ctx: FunctionContext, node: FunctionLike): ClosureSite {
  const pc = ctx.program;
  // A generic closure is compiled once, its type parameters as tagged Values (the checker saw to it).
  const own = (node as ts.SignatureDeclaration).typeParameters ?? [];
  const binding = own.length ? new Map([...currentTypeParameterKinds(), ...own.map((tp) => [ctx.checker.getTypeAtLocation(tp), 'value'] as [ts.Type, Kind])]) : currentTypeParameterKinds();
  const siteKey: ts.Node | string = binding.size ? `${node.getStart()}#${[...binding.values()].join(',')}${keysText(binding)}` : node;
  const known = pc.closureSites.get(siteKey);
  if (known) return known;
  const info = pc.captures.closures.get(node);
  if (!info) throw internalError(node, 'closure without capture analysis');
  const { checker, ir } = pc;
  const fields: { name: string; kind: Kind; raw?: boolean }[] = [{ name: 'fn', kind: 'ref', raw: true }];
  info.symbols.forEach((sym, i) => fields.push({ name: `c${i}`, kind: captureSlotKind(pc, sym) }));
  if (info.capturesThis) fields.push({ name: 'this', kind: 'ref' });
  const line = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const label = ts.isFunctionDeclaration(node) && node.name ? node.name.text : `anonymous@${line}`;
  const type = pc.types.add(ts.isFunctionDeclaration(node) ? label : functionName(node), fields, FLAG_CALLABLE, undefined, ShapeKind.Closure);
  const { params, result } = withTypeParameterKinds(binding, () => signatureKinds(checker, node));
  const fnType = llvm.FunctionType.get(llvmKindType(pc, result), [ir.ptr, ...params.map((k) => llvmKindType(pc, k))], false);
  const fn = llvm.Function.Create(fnType, Linkage.InternalLinkage, `closure.${label}`, ir.module);
  const site: ClosureSite = { node, type, fn, params, result, symbols: info.symbols, capturesThis: info.capturesThis };
  pc.closureSites.set(siteKey, site);
  const thisClass = ctx.thisClass;
  pc.pendingBodies.push(() => withTypeParameterKinds(binding, () => pc.defineClosureBody!(site, thisClass)));
  return site;
}

function captureSlotKind(pc: ProgramContext, sym: ts.Symbol): Kind {
  return pc.captures.modes.get(sym) === 'box' ? 'ref' : symbolKind(pc, sym);
}

export function symbolKind(pc: ProgramContext, sym: ts.Symbol): Kind {
  const decl = sym.valueDeclaration!;
  if (ts.isFunctionDeclaration(decl)) return 'ref';
  const node = (decl as ts.VariableDeclaration | ts.ParameterDeclaration).name ?? decl;
  return storageKind(kindOfType(pc.checker.getTypeAtLocation(node)) ?? 'value');
}

/**
 * The name JS gives an anonymous function: the variable or property it is
 * first assigned to (`const f = () => 1` is named "f"), else "" (anonymous).
 */
function functionName(node: FunctionLike): string {
  if ((ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && node.name && ts.isIdentifier(node.name)) return node.name.text;
  const p = node.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.initializer === node && ts.isIdentifier(p.name)) return p.name.text;
  return '';
}

/**
 * Library methods that call their callback before they return and keep no
 * reference to it (arrays, typed arrays, Map and Set).
 */
const SYNCHRONOUS_CALLBACK_METHODS = new Set([
  'forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'sort', 'flatMap',
]);

/**
 * Escape analysis for closures: an anonymous, non-async function written
 * directly as the argument of such a library method cannot outlive the
 * call, so its object (the environment: captured values and box
 * addresses) can live in the caller's frame instead of the heap. The
 * collector scans that frame conservatively, so what it captures stays alive.
 */
export function isNonEscapingCallback(checker: ts.TypeChecker, node: FunctionLike): boolean {
  if (!(ts.isArrowFunction(node) || (ts.isFunctionExpression(node) && !node.name))) return false;
  if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return false;
  const call = node.parent;
  if (!ts.isCallExpression(call) || !call.arguments.some((a) => a === node) || !ts.isPropertyAccessExpression(call.expression)) return false;
  if (!SYNCHRONOUS_CALLBACK_METHODS.has(call.expression.name.text)) return false;
  const receiver = checker.getNonNullableType(checker.getTypeAtLocation(call.expression.expression));
  const decls = receiver.getSymbol()?.declarations ?? [];
  // Only the library's own methods: a program's class could keep the callback.
  return decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile);
}


/** Creates a closure object at its expression: the function plus its captures now. */
export function lowerClosure(ctx: FunctionContext, node: FunctionLike): TypedValue {
  const { b, ir } = ctx;
  const site = closureSite(ctx, node);
  const object = isNonEscapingCallback(ctx.checker, node) ? frameObject(ctx, site.type) : allocObject(ctx, site.type);
  b.CreateStore(b.CreateBitCast(site.fn, ir.ptr), slotAddress(ctx, object, findSlotOf(site.type, 'fn')));
  site.symbols.forEach((sym, i) => {
    const storage = ctx.locals.get(sym);
    if (!storage) throw internalError(node, `captured '${sym.name}' has no storage here`);
    const slot = findSlotOf(site.type, `c${i}`);
    const v = storage.boxSlot ? b.CreateLoad(ir.ptr, storage.boxSlot)
      : storage.int ? loadIntSlot(ctx, storage, storage.ptr) // the closure's copy is an f64
      : b.CreateLoad(llvmKindType(ctx, storage.kind), storage.ptr);
    b.CreateStore(v, slotAddress(ctx, object, slot));
  });
  if (site.capturesThis) {
    if (!ctx.thisValue) throw internalError(node, "an arrow function captures 'this' outside a method");
    b.CreateStore(ctx.thisValue, slotAddress(ctx, object, findSlotOf(site.type, 'this')));
  }
  return { kind: 'ref', value: object };
}

/** Inside a closure body: its captures become locals (copied values, or box addresses). */
export function bindCaptures(ctx: FunctionContext, site: ClosureSite, env: llvm.Value): void {
  const { b, ir } = ctx;
  const pc = ctx.program;
  site.symbols.forEach((sym, i) => {
    const slot = findSlotOf(site.type, `c${i}`);
    const kind = symbolKind(pc, sym);
    const boxed = pc.captures.modes.get(sym) === 'box';
    const cell = ctx.alloca(boxed ? ir.ptr : llvmKindType(ctx, kind), sym.name);
    b.CreateStore(b.CreateLoad(boxed ? ir.ptr : llvmKindType(ctx, kind), slotAddress(ctx, env, slot)), cell);
    const storage: Storage = boxed ? { kind, ptr: cell, boxSlot: cell, name: sym.name, int: boxIntSlot(pc, sym, kind) } : { kind, ptr: cell, name: sym.name };
    ctx.locals.set(sym, storage);
  });
  if (site.capturesThis) ctx.thisValue = b.CreateLoad(ir.ptr, slotAddress(ctx, env, findSlotOf(site.type, 'this')));
  // A named function refers to itself through its own closure object.
  const node = site.node;
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name) {
    const self = ctx.alloca(ir.ptr, node.name.text);
    b.CreateStore(env, self);
    ctx.locals.set(pc.checker.getSymbolAtLocation(node.name)!, { kind: 'ref', ptr: self, name: node.name.text });
  }
}

/** Calls a closure value with the call site's signature kinds. */
export function callClosure(ctx: FunctionContext, closure: llvm.Value, params: Kind[], result: Kind, args: llvm.Value[]): TypedValue {
  const { b, ir } = ctx;
  const fnType = llvm.FunctionType.get(llvmKindType(ctx, result), [ir.ptr, ...params.map((k) => llvmKindType(ctx, k))], false);
  const fnSlot = b.CreateBitCast(b.CreateGEP(ir.i8, closure, [llvm.ConstantInt.get(ir.i64, 8)]), llvm.PointerType.get(ir.ptr, 0));
  const fn = b.CreateBitCast(b.CreateLoad(ir.ptr, fnSlot), llvm.PointerType.get(fnType, 0));
  const call = b.CreateCall(fnType, fn, [closure, ...args]);
  return result === 'void' ? { kind: 'void', value: llvm.UndefValue.get(ir.i1) } : { kind: result, value: call };
}

/** The parameter and result kinds a call site sees for its callee's type. */
export function callSiteKinds(ctx: FunctionContext, node: ts.CallExpression): { params: Kind[]; result: Kind } {
  return functionTypeKinds(ctx, node.expression);
}

/**
 * The parameter and result kinds of the function value `expr` (a callee, a
 * callback): what a call through it passes and gets back.
 */
export function functionTypeKinds(ctx: FunctionContext, expr: ts.Expression): { params: Kind[]; result: Kind } {
  const sig = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(expr)).getCallSignatures()[0];
  if (!sig) throw internalError(expr, 'a function value without a call signature');
  return signatureCallKinds(ctx.checker, sig, expr);
}

/** The kinds a call through a function value of signature `sig` passes and gets back. */
export function signatureCallKinds(checker: ts.TypeChecker, sig: ts.Signature, at: ts.Node): { params: Kind[]; result: Kind } {
  const params = sig.getParameters().map((p) => {
    // The declaration says how the parameter travels; the (instantiated) symbol says its type.
    const decl = p.valueDeclaration;
    if (decl && ts.isParameter(decl) && (decl.questionToken || decl.initializer || decl.dotDotDotToken)) return paramKind(checker, decl) ?? 'value';
    // The instantiated type: a generic alias's `(a: T) => ...` declares its own T.
    const k = kindOfType(checker.getTypeOfSymbolAtLocation(p, at)) ?? (decl && ts.isParameter(decl) ? paramKind(checker, decl) : undefined);
    return k ? storageKind(k) : 'value';
  });
  return { params, result: resultKind(checker.getReturnTypeOfSignature(sig)) };
}

/** A function's result kind: void for void and never, else its type's kind. */
export function resultKind(ret: ts.Type): Kind {
  return ret.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never) ? 'void' : kindOfType(ret) ?? 'value';
}

// ---- boxes ------------------------------------------------------------

export function boxType(pc: ProgramContext, kind: Kind): ObjectType {
  const name = `Box<${kind}>`;
  return pc.types.all().find((t) => t.name === name) ?? pc.types.add(name, [{ name: 'v', kind }], 0, undefined, ShapeKind.Internal);
}

/** A fresh box for a captured-and-assigned variable, its address kept in a stack slot. */
export function newBoxedStorage(ctx: FunctionContext, sym: ts.Symbol, kind: Kind, name: string): Storage {
  const slot = ctx.alloca(ctx.ir.ptr, `${name}.box`);
  const storage: Storage = { kind, ptr: slot, boxSlot: slot, name, int: boxIntSlot(ctx.program, sym, kind) };
  renewBox(ctx, storage, false);
  ctx.locals.set(sym, storage);
  return storage;
}

/** Points the variable at a new box; `copy` carries the current value over (per-iteration bindings). */
export function renewBox(ctx: FunctionContext, s: Storage, copy: boolean): void {
  const { b, ir } = ctx;
  const type = boxType(ctx.program, s.kind);
  const box = allocObject(ctx, type);
  const slot = findSlotOf(type, 'v');
  if (copy) {
    const old = b.CreateLoad(ir.ptr, s.boxSlot!);
    b.CreateStore(b.CreateLoad(llvmKindType(ctx, s.kind), slotAddress(ctx, old, slot)), slotAddress(ctx, box, slot));
  }
  b.CreateStore(box, s.boxSlot!);
}

export function isBoxed(pc: ProgramContext, sym: ts.Symbol): boolean {
  return pc.captures.modes.get(sym) === 'box';
}

