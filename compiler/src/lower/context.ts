// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// State shared while lowering one program (ProgramContext) and one function
// body (FunctionContext): where each variable lives, the loop targets of
// break/continue, and the blocks being filled.

import type { IntSlot } from './intslots.js';
import type { IntegerAbi } from './intparams.js';
import ts from '#typescript';
import llvm from 'llvm-bindings';
import { IrModule } from './runtime.js';
import { Kind } from './kinds.js';
import { TypeTable } from './typetable.js';
import type { ClassInfo } from './classes.js';
import type { CaptureInfo } from './captures.js';
import type { ClosureSite } from './closures.js';
import type { FinallyFrame, Handler } from './exceptions.js';
import type { GenericFunction } from './generics.js';
import type { AsyncState } from './async.js';
import type { ObjectType } from './typetable.js';
import { tsxDiagnostic, CompileError, Code } from '../diagnostics.js';

/** A lowered expression: its kind and its SSA value (i1 for booleans). */
export interface TypedValue {
  kind: Kind;
  value: llvm.Value;
}

/**
 * Where a variable lives: a stack slot or a module global (`ptr`), or, for a
 * variable that closures capture and someone assigns, a heap box whose address
 * sits in the stack slot `boxSlot` (a fresh box per loop iteration for `let`).
 */
export interface Storage {
  kind: Kind;
  ptr: llvm.Value;
  name: string;
  boxSlot?: llvm.Value;
  /**
   * For module-level let/const read by functions: an i1 global set once the
   * declaration has run. Reading before then is a ReferenceError (the TDZ).
   */
  initialised?: llvm.Value;
  /** A proven-integer number kept in an integer slot (intslots.ts). */
  int?: IntSlot;
}

export interface UserFunction {
  fn: llvm.Function;
  params: Kind[];
  result: Kind;
  /** Integer parameters/result at the LLVM level (intparams.ts). */
  intAbi?: IntegerAbi;
}

export class ProgramContext {
  readonly globals = new Map<ts.Symbol, Storage>();
  readonly functions = new Map<ts.Symbol, UserFunction>();
  readonly types = new TypeTable();
  /** Classes by symbol; for a generic class, its first instance (which owns the statics). */
  readonly classes = new Map<ts.Symbol, ClassInfo>();
  /** Every instance of each generic class (genericclasses.ts). */
  readonly classInstances = new Map<ts.Symbol, ClassInfo[]>();
  readonly builtinErrors = new Map<string, ClassInfo>();
  /** Object-literal shapes by their expression (objects.ts). */
  readonly literalShapes = new Map<ts.Node, ClassInfo>();
  /** Layouts of the object types JSON.parse produces, by type (json.ts). */
  readonly parsedShapes = new Map<ts.Type, ClassInfo>();
  /** Exception state (exceptions.ts), created on first use; mayThrow: the program has a `throw`. */
  excPending?: llvm.GlobalVariable;
  excValue?: llvm.GlobalVariable;
  mayThrow = false;
  /** rt's tsx_gc_marking, for the write barrier (barrier.ts). */
  gcMarking?: llvm.GlobalVariable;
  /** Closure sites by node (or node and type-parameter binding inside generic copies). */
  readonly closureSites = new Map<ts.Node | string, ClosureSite>();
  readonly generics = new Map<ts.Symbol, GenericFunction>();
  /** Derived classes' field initialisers, run where their constructor's super(...) returns. */
  readonly fieldInitAfterSuper = new Map<ClassInfo, (ctx: FunctionContext) => void>();
  defineGenericBody?: (decl: ts.FunctionDeclaration, target: UserFunction) => void;
  /** Lowers a method's body (generic method copies are declared on first use). */
  defineMethodBody?: (cls: ClassInfo, m: import('./classes.js').MethodImpl) => void;
  /** Closure bodies waiting to be lowered (after the function being built). */
  readonly pendingBodies: (() => void)[] = [];
  captures!: CaptureInfo;
  defineClosureBody?: (site: ClosureSite, thisClass: ClassInfo | undefined) => void;
  /** Promises and timers (async.ts): tsx_main ends by running the event loop; callback adapters by signature. */
  usesEventLoop = false;
  readonly adapters = new Map<string, llvm.Function>();
  readonly resolvingFunctions = new Map<string, { type: ObjectType; fn: llvm.Function }>();
  /** The runtime's stack limit: a function whose frame lies below it overflowed. */
  stackLimit?: llvm.GlobalVariable;

  constructor(readonly ir: IrModule, readonly checker: ts.TypeChecker) {}
}

export interface LoopTarget {
  labels: string[];
  breakTo: llvm.BasicBlock;
  /** Undefined for a labelled non-loop statement (only `break label` may target it). */
  continueTo?: llvm.BasicBlock;
  /** Loops and switch are what an unlabelled break leaves. */
  isLoop: boolean;
  /** How many finally frames enclosed the target when it was entered. */
  finallyDepth: number;
}

export class FunctionContext {
  readonly locals = new Map<ts.Symbol, Storage>();
  readonly targets: LoopTarget[] = [];
  /** Labels waiting for the loop statement they name. */
  pendingLabels: string[] = [];
  private readonly allocaBuilder: llvm.IRBuilder;
  private readonly entry: llvm.BasicBlock;
  private readonly body: llvm.BasicBlock;

  /** Exception handlers and finally frames, innermost last (exceptions.ts). */
  readonly handlers: Handler[] = [];
  readonly finallies: FinallyFrame[] = [];
  /** The module's top level: an exception with no handler here is uncaught. */
  isMain = false;
  /** Optional chains being lowered: where a nullish link jumps (expressions.ts). */
  readonly chainExits: llvm.BasicBlock[] = [];
  /** Objects of `?.` links, evaluated once by the link check and consumed by the access. */
  readonly preEvaluated = new Map<ts.Node, TypedValue>();
  /** The return value, parked while finally bodies run. */
  retSlot?: llvm.Value;

  /** An async function's coroutine (async.ts); `result` is then the kind of T in Promise<T>. */
  async?: AsyncState;

  /** `this` in methods and constructors (an i8*), and the class they belong to. */
  thisValue?: llvm.Value;
  thisClass?: ClassInfo;
  /** In static members and static blocks: the class `this` is, as a class id (statics.ts). */
  staticThis?: { id: llvm.Value; cls: ClassInfo };

  constructor(readonly program: ProgramContext, readonly fn: llvm.Function, readonly result: Kind) {
    const ir = program.ir;
    this.entry = llvm.BasicBlock.Create(ir.context, 'entry', fn);
    this.allocaBuilder = new llvm.IRBuilder(this.entry);
    this.body = llvm.BasicBlock.Create(ir.context, 'body', fn);
    ir.builder.SetInsertPoint(this.body);
  }

  get ir(): IrModule {
    return this.program.ir;
  }

  get checker(): ts.TypeChecker {
    return this.program.checker;
  }

  get b(): llvm.IRBuilder {
    return this.program.ir.builder;
  }

  /** A stack slot in the entry block, where mem2reg can promote it. */
  alloca(type: llvm.Type, name: string): llvm.AllocaInst {
    return this.allocaBuilder.CreateAlloca(type, null, name);
  }

  newBlock(name: string): llvm.BasicBlock {
    return llvm.BasicBlock.Create(this.ir.context, name, this.fn);
  }

  /**
   * `then()` where `cond` holds and `otherwise()` where it does not, each in
   * its own block (`name.then`, `name.else`); their results, of `type`, meet
   * in a phi in `name.done`, where lowering continues.
   */
  ifElse(cond: llvm.Value, type: llvm.Type, name: string, then: () => llvm.Value, otherwise: () => llvm.Value): llvm.Value {
    const b = this.b;
    const thenBlock = this.newBlock(`${name}.then`);
    const elseBlock = this.newBlock(`${name}.else`);
    const done = this.newBlock(`${name}.done`);
    b.CreateCondBr(cond, thenBlock, elseBlock);
    const arm = (block: llvm.BasicBlock, value: () => llvm.Value): [llvm.Value, llvm.BasicBlock] => {
      b.SetInsertPoint(block);
      const v = value();
      const end = b.GetInsertBlock()!;
      b.CreateBr(done);
      return [v, end];
    };
    const [thenValue, thenEnd] = arm(thenBlock, then);
    const [elseValue, elseEnd] = arm(elseBlock, otherwise);
    b.SetInsertPoint(done);
    const phi = b.CreatePHI(type, 2);
    phi.addIncoming(thenValue, thenEnd);
    phi.addIncoming(elseValue, elseEnd);
    return phi;
  }

  /** True when the current block already ends (after return/break/continue). */
  terminated(): boolean {
    const bb = this.b.GetInsertBlock();
    return bb !== null && bb.getTerminator() !== null;
  }

  /** Continues in a fresh unreachable block after a terminator, so later code has a home. */
  startDeadBlock(): void {
    this.b.SetInsertPoint(this.newBlock('dead'));
  }

  /** Closes the entry block once all allocas exist. */
  finish(): void {
    this.allocaBuilder.CreateBr(this.body);
  }

  storageOf(id: ts.Identifier): Storage {
    const sym = ts.isShorthandPropertyAssignment(id.parent) ? this.checker.getShorthandAssignmentValueSymbol(id.parent) : this.checker.getSymbolAtLocation(id);
    const s = sym && (this.locals.get(sym) ?? this.program.globals.get(sym));
    if (!s) throw new CompileError([tsxDiagnostic(Code.UnsupportedSyntax, id, `Cannot refer to '${id.text}' here.`)]);
    return s;
  }

  findTarget(label: string | undefined, forContinue: boolean): LoopTarget | undefined {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (forContinue && !t.continueTo) continue;
      if (label === undefined ? t.isLoop : t.labels.includes(label)) return t;
    }
    return undefined;
  }
}
