// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Lowers a whole checked program to one LLVM module: module-level variables
// become globals, function declarations become internal functions, and the
// top-level statements become `tsx_main`, which the runtime calls.

import { globalIntSlot, localStorage, storeIntSlot } from './intslots.js';
import { abiFunctionType, abiParameter, abiReturnValue, integerAbi } from './intparams.js';
import { registerIntegerVariables, symbolIntegerRange } from './intvars.js';
import { emitCoroResume, asyncResultKind, asyncReturn, beginAsync, isAsyncFunction, runEventLoop, usesEventLoop } from './async.js';
import ts from '#typescript';
import llvm from 'llvm-bindings';
import { IrModule } from './runtime.js';
import { FunctionContext, ProgramContext, Storage, UserFunction } from './context.js';
import { Kind, kindOfType, paramKind, storageKind, withTypeParameterKinds } from './kinds.js';
import { llvmType } from './expressions.js';
import { bindingIdentifiers, declareLocal, lowerStatements } from './statements.js';
import { ConstantGlobals } from './constglobals.js';
import { bindPattern } from './destructure.js';
import { internalError } from './errors.js';
import { CompileError, Code } from '../diagnostics.js';
import { LoadedProgram } from '../program/load.js';
import { callGraph, recursiveFunctions } from './callgraph.js';
import { isLeafFunction } from './leafcheck.js';
import { boundedSelfRecursion } from './boundedrecursion.js';
import { ClassInfo, MethodImpl, registerClasses, findSlot, slotAddress, memberName, isStatic } from './classes.js';
import { coerce, valueTag } from './values.js';
import { lowerExpr } from './expressions.js';
import { TooLargeError } from './typetable.js';
import { registerObjectLiterals } from './objects.js';
import { registerRestShapes } from './objectrest.js';
import { registerGenerics } from './generics.js';
import { analyseCaptures } from './captures.js';
import { ClosureSite, bindCaptures, isBoxed, newBoxedStorage } from './closures.js';
import { addressOf } from './expressions.js';
import { throwGraph } from './nothrow.js';
import { defineSelfInlined, isSelfInlineCandidate } from './selfinline.js';
import { checkPending, emitMakeError, exceptionSlot, pendingFlag, programMayThrow } from './exceptions.js';
import { toStringValue } from './conversions.js';
import { registerStaticShadows, shadowRoots } from './statics.js';
import { registerJsonShapes } from './json.js';
import { emitUserMethodTables } from './usermethods.js';
import { registerSettledShapes } from './settled.js';

const Linkage = llvm.Function.LinkageTypes;

export function lowerProgram(loaded: LoadedProgram): IrModule {
  const file = loaded.entry;
  const ir = new IrModule(file.fileName);
  ir.module.setSourceFileName(file.fileName);
  const pc = new ProgramContext(ir, loaded.checker);
  pc.stackLimit = new llvm.GlobalVariable(ir.module, ir.i64, false, Linkage.ExternalLinkage, null, 'tsx_stack_limit');

  const functions = file.statements.filter(ts.isFunctionDeclaration);
  pc.captures = analyseCaptures(loaded.checker, file);
  registerIntegerVariables(pc, file);
  pc.mayThrow = programMayThrow(file);
  pc.usesEventLoop = usesEventLoop(file);
  pc.defineClosureBody = (site, thisClass) => defineClosure(pc, site, thisClass);
  let classes: ClassInfo[];
  try {
    classes = registerClasses(pc, file);
  } catch (e) {
    if (e instanceof TooLargeError) throw new CompileError([{ code: `TSX${Code.UnsupportedType}`, message: e.message, file, start: 0, length: 1 }]);
    throw e;
  }
  registerStaticShadows(pc);
  registerObjectLiterals(pc, file);
  registerJsonShapes(pc, file);
  registerSettledShapes(pc, file);
  registerRestShapes(pc, file);
  registerGenerics(pc, functions);
  pc.defineMethodBody = (cls, m) => defineMethod(pc, cls, m);
  pc.defineGenericBody = (decl, target) => defineBody(pc, { fn: target.fn, params: target.params, result: target.result, decl, recursive: true });
  const calls = callGraph(loaded.checker, functions);
  const recursive = recursiveFunctions(loaded.checker, functions, calls);
  const bounded = boundedSelfRecursion(pc.checker, file, functions, calls, (s) => symbolIntegerRange(pc, s));
  const checked = (decl: ts.FunctionDeclaration) => recursive.has(decl) && !bounded.has(decl);
  for (const decl of functions) if (!decl.typeParameters) declareFunction(pc, decl, checked(decl));
  declareGlobals(pc, file);

  const main = llvm.Function.Create(llvm.FunctionType.get(ir.void, [], false), Linkage.ExternalLinkage, 'tsx_main', ir.module);
  const mainCtx = new FunctionContext(pc, main, 'void');
  mainCtx.isMain = true;
  exceptionSlot(mainCtx); // created now so that it is listed as a root (the runtime refers to it too)
  pendingFlag(mainCtx);
  emitMakeError(mainCtx);
  emitGlobalRoots(mainCtx);
  lowerStatements(mainCtx, file.statements);
  runEventLoop(mainCtx);
  if (!mainCtx.terminated()) ir.builder.CreateRetVoid();
  mainCtx.finish();
  verify(main, file);

  for (const decl of functions) if (!decl.typeParameters) defineFunction(pc, decl, recursive.has(decl), !bounded.has(decl));
  for (const cls of classes) withTypeParameterKinds(cls.binding ?? new Map(), () => defineClass(pc, cls));
  while (pc.pendingBodies.length) pc.pendingBodies.shift()!();
  emitUserMethodTables(pc);
  emitCoroResume(pc);
  throwGraph(pc).pruneDeadChecks(ir.context);
  pc.types.emit(ir);
  return ir;
}

/**
 * The collector's roots among globals (rt/ABI.md): every global word that may
 * hold an object address. The table is filled in when tsx_main starts, since
 * the address of a Value global's payload is not a constant llvm-bindings can
 * build.
 */
function emitGlobalRoots(ctx: FunctionContext): void {
  const { b, ir } = ctx;
  const pc = ctx.program;
  const roots: { ptr: llvm.Value; kind: Kind }[] = [];
  for (const g of pc.globals.values()) roots.push({ ptr: g.ptr, kind: g.kind });
  for (const cls of pc.classes.values()) for (const st of cls.statics.values()) roots.push({ ptr: st.ptr, kind: st.kind });
  for (const st of shadowRoots(pc)) roots.push({ ptr: st.ptr, kind: st.kind });
  if (pc.excValue) roots.push({ ptr: pc.excValue, kind: 'value' });
  const traced = roots.filter((r) => r.kind === 'string' || r.kind === 'ref' || r.kind === 'value');
  const tableTy = llvm.ArrayType.get(ir.ptr, Math.max(traced.length, 1));
  const table = new llvm.GlobalVariable(ir.module, tableTy, false, Linkage.ExternalLinkage, llvm.Constant.getNullValue(tableTy), 'tsx_global_roots');
  new llvm.GlobalVariable(ir.module, ir.i32, true, Linkage.ExternalLinkage, llvm.ConstantInt.get(ir.i32, traced.length), 'tsx_global_root_count');
  traced.forEach((r, i) => {
    const word = r.kind === 'value' ? b.CreateGEP(ir.i8, b.CreateBitCast(r.ptr, ir.ptr), [llvm.ConstantInt.get(ir.i64, 8)]) : b.CreateBitCast(r.ptr, ir.ptr);
    b.CreateStore(word, b.CreateInBoundsGEP(tableTy, table, [llvm.ConstantInt.get(ir.i32, 0), llvm.ConstantInt.get(ir.i32, i)]));
  });
}

function declareFunction(pc: ProgramContext, decl: ts.FunctionDeclaration, stackChecked: boolean): void {
  const { checker, ir } = pc;
  const sym = checker.getSymbolAtLocation(decl.name!)!;
  const sig = checker.getSignatureFromDeclaration(decl)!;
  const params = decl.parameters.map((p) => paramKind(checker, p) ?? kindOrFail(checker.getTypeAtLocation(p), p));
  const result = kindOrFail(checker.getReturnTypeOfSignature(sig), decl);
  const intAbi = integerAbi(pc, decl, params, result, stackChecked);
  const type = abiFunctionType(pc, intAbi, llvmType(pc, result), params.map((k) => llvmType(pc, k)));
  const fn = llvm.Function.Create(type, Linkage.InternalLinkage, `ts.${decl.name!.text}`, ir.module);
  pc.functions.set(sym, { fn, params, result, intAbi });
}

function kindOrFail(type: ts.Type, at: ts.Node): Kind {
  const k = kindOfType(type);
  if (!k) throw internalError(at, 'unsupported type in a signature');
  return k;
}

/** Module-level let/const become globals; see needsTdzFlag for their init flags. */
function declareGlobals(pc: ProgramContext, file: ts.SourceFile): void {
  const { ir, checker } = pc;
  const usedInFunctions = symbolsUsedInFunctions(checker, file);
  const constants = new ConstantGlobals(checker);
  file.statements.forEach((stmt, index) => {
    if (!ts.isVariableStatement(stmt)) return;
    for (const decl of stmt.declarationList.declarations) for (const id of bindingIdentifiers(decl.name)) {
      const sym = checker.getSymbolAtLocation(id)!;
      const kind = storageKind(kindOrFail(checker.getTypeAtLocation(id), id));
      const type = llvmType(pc, kind);
      const constant = kind === 'number' || kind === 'boolean' ? constants.initialValue(ir, id, decl, stmt.declarationList) : undefined;
      const int = globalIntSlot(pc, sym, kind, constant && constants.numberOf(sym));
      const g = int
        ? new llvm.GlobalVariable(ir.module, int.int.type, false, Linkage.InternalLinkage, int.init, id.text)
        : new llvm.GlobalVariable(ir.module, type, false, Linkage.InternalLinkage, constant ?? llvm.Constant.getNullValue(type), id.text);
      const storage: Storage = { kind, ptr: g as llvm.Value, name: id.text, initialised: undefined as llvm.Value | undefined, int: int?.int };
      if (usedInFunctions.has(sym) && mayCallBefore(file, index)) {
        storage.initialised = new llvm.GlobalVariable(ir.module, ir.i1, false, Linkage.InternalLinkage, llvm.ConstantInt.getFalse(ir.context), `${id.text}.initialised`);
      }
      pc.globals.set(sym, storage);
    }
  });
}

/** Module-level symbols that some function body refers to. */
function symbolsUsedInFunctions(checker: ts.TypeChecker, file: ts.SourceFile): Set<ts.Symbol> {
  const used = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const sym = checker.getSymbolAtLocation(node);
      if (sym) used.add(sym);
    }
    ts.forEachChild(node, visit);
  };
  for (const stmt of file.statements) if (ts.isFunctionDeclaration(stmt) && stmt.body) visit(stmt.body);
  return used;
}

/**
 * Whether any function can run before the declaration at `index` completes:
 * only calls in top-level statements up to and including it can start one.
 */
function mayCallBefore(file: ts.SourceFile, index: number): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && !isConsoleCallShape(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  for (let i = 0; i <= index && !found; i++) {
    const stmt = file.statements[i];
    if (!ts.isFunctionDeclaration(stmt)) visit(stmt);
  }
  return found;
}

function isConsoleCallShape(node: ts.CallExpression): boolean {
  const e = node.expression;
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'console' &&
    node.arguments.every((a) => !containsCall(a));
}

function containsCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) || ts.forEachChild(node, containsCall) === true;
}

function defineFunction(pc: ProgramContext, decl: ts.FunctionDeclaration, recursive: boolean, checked: boolean): void {
  const target: UserFunction = pc.functions.get(pc.checker.getSymbolAtLocation(decl.name!)!)!;
  if (recursive && isSelfInlineCandidate(pc.checker, decl)) {
    const type = abiFunctionType(pc, target.intAbi, llvmType(pc, target.result), target.params.map((k) => llvmType(pc, k)));
    defineSelfInlined(pc, decl, target, type, (fn, rec) => defineBody(pc, { fn, params: target.params, result: target.result, decl, recursive: rec && checked }));
    return;
  }
  // A bounded self-recursion needs no check (boundedrecursion.ts).
  defineBody(pc, { fn: target.fn, params: target.params, result: target.result, decl, recursive: recursive && checked });
}

interface BodySpec {
  fn: llvm.Function;
  params: Kind[];
  result: Kind;
  decl: ts.SignatureDeclaration & { body?: ts.Block | ts.ConciseBody };
  recursive: boolean;
  /** Methods and constructors: `this` arrives as the first LLVM argument. */
  thisClass?: ClassInfo;
  /** Runs after parameters are bound and before the body (field initialisers). */
  prologue?: (ctx: FunctionContext) => void;
  /** Closures: the first LLVM argument is the closure object holding the captures. */
  closure?: ClosureSite;
  /** Static members: the first LLVM argument is the id of the class they were called on. */
  staticOf?: ClassInfo;
}

/** Binds parameters to stack slots, lowers the body, and closes the function. */
function defineBody(pc: ProgramContext, spec: BodySpec): void {
  const { checker, ir } = pc;
  const isAsync = isAsyncFunction(spec.decl);
  const ctx = new FunctionContext(pc, spec.fn, isAsync ? asyncResultKind(checker, spec.decl) : spec.result);
  throwGraph(pc).addFunction(spec.fn); // a body whose every raise is tested here (nothrow.ts)
  if (isAsync) beginAsync(ctx);
  else if (spec.recursive && (spec.prologue || !isLeafFunction(checker, spec.decl))) stackCheck(ctx);
  const firstArg = spec.thisClass || spec.closure || spec.staticOf ? 1 : 0;
  if (spec.staticOf) ctx.staticThis = { id: spec.fn.getArg(0), cls: spec.staticOf };
  if (spec.thisClass) {
    ctx.thisClass = spec.thisClass;
    if (!spec.closure) ctx.thisValue = spec.fn.getArg(0);
  }
  if (spec.closure) bindCaptures(ctx, spec.closure, spec.fn.getArg(0));
  spec.decl.parameters.forEach((p, i) => {
    const arg = spec.fn.getArg(i + firstArg) as llvm.Value;
    const passed = { kind: spec.params[i], value: spec.params[i] === 'number' && ts.isIdentifier(p.name) ? abiParameter(ctx, arg, checker.getSymbolAtLocation(p.name)!) : arg };
    if (!ts.isIdentifier(p.name)) {
      const type = p.type ? checker.getTypeFromTypeNode(p.type) : checker.getTypeAtLocation(p);
      const given = p.initializer ? applyDefault(ctx, passed, p.initializer, kindOrFail(type, p)) : coerce(ctx, passed, kindOrFail(type, p));
      bindPattern(ctx, p.name, given, type, (id, v) => declareLocal(ctx, id, v));
      return;
    }
    const id = p.name;
    // A parameter property has two symbols; references in the body name the parameter's.
    const sym = ts.isParameterPropertyDeclaration(p, p.parent)
      ? checker.getSymbolsOfParameterPropertyDeclaration(p, id.text)[0]
      : checker.getSymbolAtLocation(id)!;
    // The local's own kind: a defaulted parameter is never undefined inside.
    const kind = storageKind(kindOrFail(checker.getTypeAtLocation(id), p));
    const storage = isBoxed(pc, sym)
      ? newBoxedStorage(ctx, sym, kind, id.text)
      : localStorage(ctx, sym, kind, llvmType(pc, kind), id.text);
    ctx.locals.set(sym, storage);
    const value = p.initializer ? applyDefault(ctx, passed, p.initializer, kind) : coerce(ctx, passed, kind);
    if (storage.int) storeIntSlot(ctx, storage, value.value, addressOf(ctx, storage));
    else ir.builder.CreateStore(value.value, addressOf(ctx, storage));
  });
  spec.prologue?.(ctx);
  const body = spec.decl.body;
  if (body && ts.isBlock(body)) lowerStatements(ctx, body.statements);
  else if (body) {
    // An arrow function's expression body.
    const v = lowerExpr(ctx, body as ts.Expression);
    if (isAsync) asyncReturn(ctx, ctx.result === 'void' ? undefined : v);
    else if (spec.result === 'void') ir.builder.CreateRetVoid();
    else ir.builder.CreateRet(abiReturnValue(ctx, coerce(ctx, v, spec.result).value));
  }
  if (!ctx.terminated()) {
    if (isAsync) asyncReturn(ctx, undefined);
    else if (spec.result === 'void') ir.builder.CreateRetVoid();
    else ir.builder.CreateUnreachable(); // TypeScript proved every path returns
  }
  ctx.finish();
  verify(spec.fn, spec.decl);
}

/** A defaulted parameter: the initializer runs when the argument is undefined. */
function applyDefault(ctx: FunctionContext, passed: { kind: Kind; value: llvm.Value }, init: ts.Expression, kind: Kind): { kind: Kind; value: llvm.Value } {
  const { b, ir } = ctx;
  const isUndefined = b.CreateICmpEQ(valueTag(ctx, passed.value), llvm.ConstantInt.get(ir.i32, 0));
  const useDefault = ctx.newBlock('param.default');
  const useArg = ctx.newBlock('param.given');
  const done = ctx.newBlock('param.done');
  b.CreateCondBr(isUndefined, useDefault, useArg);
  b.SetInsertPoint(useDefault);
  const d = coerce(ctx, lowerExpr(ctx, init), kind).value;
  const dEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(useArg);
  const a = coerce(ctx, passed, kind).value;
  const aEnd = b.GetInsertBlock()!;
  b.CreateBr(done);
  b.SetInsertPoint(done);
  const phi = b.CreatePHI(llvmType(ctx, kind), 2);
  phi.addIncoming(d, dEnd);
  phi.addIncoming(a, aEnd);
  return { kind, value: phi };
}

function defineClosure(pc: ProgramContext, site: ClosureSite, thisClass: ClassInfo | undefined): void {
  defineBody(pc, {
    fn: site.fn, params: site.params, result: site.result, decl: site.node, recursive: true,
    closure: site, thisClass,
  });
}

/** A class's init function and its methods. */
function defineClass(pc: ProgramContext, cls: ClassInfo): void {
  const { checker } = pc;
  const decl = cls.decl;
  if (!decl) return defineBuiltinErrorInit(pc, cls);
  const ctor = decl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
  const initFields = (ctx: FunctionContext): void => {
    // Parameter properties, then field initialisers in declaration order.
    ctor?.parameters.forEach((p) => {
      if (!ts.isParameterPropertyDeclaration(p, ctor)) return;
      const name = (p.name as ts.Identifier).text;
      const s = ctx.locals.get(checker.getSymbolsOfParameterPropertyDeclaration(p, name)[0])!;
      const v = { kind: s.kind, value: ctx.b.CreateLoad(llvmType(pc, s.kind), s.ptr) };
      storeField(ctx, cls, name, v);
    });
    for (const m of decl.members) {
      if (ts.isPropertyDeclaration(m) && !isStatic(m) && m.initializer) storeField(ctx, cls, memberName(m), lowerExpr(ctx, m.initializer));
    }
  };
  const fieldsFirst = (ctx: FunctionContext): void => {
    // JS runs a derived class's field initialisers when super() returns; a base
    // class runs them before its constructor body.
    if (!cls.base) initFields(ctx);
  };
  if (ctor && ctor.body) {
    // A derived constructor runs the field initialisers where its super(...) returns.
    if (cls.base) pc.fieldInitAfterSuper.set(cls, initFields);
    defineBody(pc, {
      fn: cls.init, params: cls.initParams, result: 'void', decl: ctor, recursive: true, thisClass: cls,
      prologue: fieldsFirst,
    });
  } else {
    // The implicit constructor: super(...args), then the fields.
    const ctx = new FunctionContext(pc, cls.init, 'void');
    ctx.thisClass = cls;
    ctx.thisValue = cls.init.getArg(0);
    throwGraph(pc).addFunction(cls.init);
    if (cls.base) {
      const args = cls.initParams.map((_, i) => cls.init.getArg(i + 1));
      ctx.b.CreateCall(cls.base.init, [ctx.thisValue, ...args]);
      checkPending(ctx, cls.base.init);
    }
    initFields(ctx);
    ctx.b.CreateRetVoid();
    ctx.finish();
    verify(cls.init, decl);
  }
  const ownsStatics = pc.classes.get(cls.symbol) === cls;
  for (const m of [...cls.methods.values(), ...(ownsStatics ? cls.staticMethods.values() : [])]) defineMethod(pc, cls, m);
}


/**
 * `new Error(message?)`: message is ToString(message) or "" when undefined;
 * name is the class's (a program subclass inherits its base's, as in JS,
 * unless it assigns its own).
 */
function defineBuiltinErrorInit(pc: ProgramContext, cls: ClassInfo): void {
  const ctx = new FunctionContext(pc, cls.init, 'void');
  const { b, ir } = ctx;
  ctx.thisValue = cls.init.getArg(0);
  const arg = { kind: 'value' as Kind, value: cls.init.getArg(1) as llvm.Value };
  const isUndefined = b.CreateICmpEQ(valueTag(ctx, arg.value), llvm.ConstantInt.get(ir.i32, 0));
  const text = b.CreateSelect(isUndefined, ir.stringLiteral(''), toStringValue(ctx, arg));
  storeField(ctx, cls, 'message', { kind: 'string', value: text });
  storeField(ctx, cls, 'name', { kind: 'string', value: ir.stringLiteral(cls.name) });
  b.CreateRetVoid();
  ctx.finish();
}

function storeField(ctx: FunctionContext, cls: ClassInfo, name: string, v: { kind: Kind; value: llvm.Value }): void {
  const slot = findSlot(cls, name)!;
  ctx.b.CreateStore(coerce(ctx, v, slot.kind).value, slotAddress(ctx, ctx.thisValue!, slot));
}

function defineMethod(pc: ProgramContext, cls: ClassInfo, m: MethodImpl): void {
  const staticMember = isStatic(m.decl);
  defineBody(pc, {
    fn: m.fn, params: m.params, result: m.result, decl: m.decl, recursive: true,
    thisClass: staticMember ? undefined : cls, staticOf: staticMember ? cls : undefined,
  });
}

/**
 * Recursive functions check the stack on entry so that runaway recursion is
 * Node's RangeError rather than a crash: the frame's address against the
 * runtime's limit.
 */
function stackCheck(ctx: FunctionContext): void {
  const { b, ir } = ctx;
  const marker = ctx.alloca(ir.i8, 'frame');
  const sp = b.CreatePtrToInt(marker, ir.i64);
  const limit = b.CreateLoad(ir.i64, ctx.program.stackLimit!);
  const overflow = ctx.newBlock('stack.overflow');
  const ok = ctx.newBlock('stack.ok');
  b.CreateCondBr(b.CreateICmpULT(sp, limit), overflow, ok);
  b.SetInsertPoint(overflow);
  b.CreateCall(ir.runtime('tsx_stack_overflow', ir.void, []), []);
  b.CreateUnreachable();
  b.SetInsertPoint(ok);
}

function verify(fn: llvm.Function, at: ts.Node): void {
  if (llvm.verifyFunction(fn)) {
    const name = ts.isClassDeclaration(at) || ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at) ? at.name?.getText() ?? '?' : at.getText().slice(0, 40);
    throw new CompileError([
      { code: `TSX${Code.InternalError}`, message: `internal compiler error: LLVM rejected the code generated for '${name}'`, file: at.getSourceFile(), start: at.getStart(), length: 1 },
    ]);
  }
}
