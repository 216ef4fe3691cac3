// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Lowering of statements: declarations, control flow, labelled break and
// continue. Every variable is a stack slot; LLVM's mem2reg turns them into
// registers.

import { localStorage } from './intslots.js';
import { abiReturnValue } from './intparams.js';
import { asyncReturn } from './async.js';
import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, Storage } from './context.js';
import { storageKind } from './kinds.js';
import { applyBinary, kindOf, llvmType, lowerCondition, lowerExpr, store, storeTyped } from './expressions.js';
import { arrayGet, arrayLength, elementKindOf } from './arrays.js';
import { isBoxed, lowerClosure, newBoxedStorage, renewBox } from './closures.js';
import { bindPattern } from './destructure.js';
import { typedIteration } from './typedarrays.js';
import { forEachItem, iterSource } from './iterables.js';
import { internalError } from './errors.js';
import { coerce, constantValue, toValue } from './values.js';
import { ValueTag } from './runtime.js';
import { Jump, lowerThrow, lowerTry, routeJump } from './exceptions.js';
import { TypedValue } from './context.js';
import { lowerClassStatics } from './statics.js';
import { enterStatement, speculateLoop } from './specloops.js';

const SK = ts.SyntaxKind;

/** The identifiers a binding name declares. */
export function bindingIdentifiers(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingIdentifiers(e.name)));
}

export function lowerStatements(ctx: FunctionContext, statements: readonly ts.Statement[]): void {
  hoistBlockBindings(ctx, statements);
  for (const s of statements) lowerStatement(ctx, s);
}

/**
 * On entering a block (each time: a loop body gets fresh bindings per
 * iteration): boxes for its captured-and-assigned variables, then closures
 * for its nested function declarations, which JS hoists to the block's top.
 */
function hoistBlockBindings(ctx: FunctionContext, statements: readonly ts.Statement[]): void {
  const pc = ctx.program;
  for (const stmt of statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const d of stmt.declarationList.declarations) {
      for (const id of bindingIdentifiers(d.name)) {
        const sym = ctx.checker.getSymbolAtLocation(id)!;
        if (isBoxed(pc, sym) && !pc.globals.has(sym)) newBoxedStorage(ctx, sym, kindOf(ctx, id), id.text);
      }
    }
  }
  for (const stmt of statements) {
    if (!ts.isFunctionDeclaration(stmt) || ts.isSourceFile(stmt.parent)) continue;
    const sym = ctx.checker.getSymbolAtLocation(stmt.name!)!;
    const storage = isBoxed(pc, sym)
      ? newBoxedStorage(ctx, sym, 'ref', stmt.name!.text)
      : { kind: 'ref' as const, ptr: ctx.alloca(ctx.ir.ptr, stmt.name!.text), name: stmt.name!.text };
    ctx.locals.set(sym, storage);
    storeTyped(ctx, storage, lowerClosure(ctx, stmt), stmt);
  }
}

export function lowerStatement(ctx: FunctionContext, node: ts.Statement): void {
  if (ctx.terminated()) ctx.startDeadBlock();
  enterStatement(ctx, node);
  const { b } = ctx;
  switch (node.kind) {
    case SK.Block:
      return lowerStatements(ctx, (node as ts.Block).statements);
    case SK.EmptyStatement:
      return;
    case SK.ClassDeclaration:
      return lowerStaticInitialisers(ctx, node as ts.ClassDeclaration);
    case SK.EnumDeclaration: // members are compile-time constants
    case SK.FunctionDeclaration: // hoisted: lowered by the program
    case SK.TypeAliasDeclaration:
    case SK.InterfaceDeclaration:
      return;
    case SK.ExpressionStatement:
      lowerExpr(ctx, (node as ts.ExpressionStatement).expression);
      return;
    case SK.VariableStatement:
      return lowerDeclarations(ctx, (node as ts.VariableStatement).declarationList);
    case SK.IfStatement:
      return lowerIf(ctx, node as ts.IfStatement);
    case SK.WhileStatement:
      return lowerWhile(ctx, node as ts.WhileStatement);
    case SK.DoStatement:
      return lowerDo(ctx, node as ts.DoStatement);
    case SK.ForStatement:
      return lowerFor(ctx, node as ts.ForStatement);
    case SK.ForOfStatement:
      return lowerForOf(ctx, node as ts.ForOfStatement);
    case SK.SwitchStatement:
      return lowerSwitch(ctx, node as ts.SwitchStatement);
    case SK.LabeledStatement:
      return lowerLabelled(ctx, node as ts.LabeledStatement);
    case SK.BreakStatement:
    case SK.ContinueStatement:
      return lowerJump(ctx, node as ts.BreakOrContinueStatement);
    case SK.ReturnStatement: {
      const e = (node as ts.ReturnStatement).expression;
      const v = e ? lowerExpr(ctx, e) : undefined;
      if (ctx.finallies.length && v && ctx.result !== 'void') {
        ctx.retSlot ??= ctx.alloca(llvmType(ctx, ctx.result), 'retval');
        b.CreateStore(coerce(ctx, v, ctx.result).value, ctx.retSlot);
      }
      routeJump(ctx, { kind: 'return' }, () => emitReturn(ctx, v));
      return;
    }
    case SK.ThrowStatement:
      lowerThrow(ctx, toValue(ctx, lowerExpr(ctx, (node as ts.ThrowStatement).expression)));
      return;
    case SK.TryStatement:
      return lowerTry(ctx, node as ts.TryStatement,
        (block) => lowerStatements(ctx, block.statements),
        (decl, value) => declareLocal(ctx, decl.name as ts.Identifier, { kind: 'value', value }),
        (jump) => resumeJump(ctx, jump));
  }
  throw internalError(node, `cannot lower statement ${SK[node.kind]}`);
}

/** A class's static fields and static blocks run where the class declaration stands. */
function lowerStaticInitialisers(ctx: FunctionContext, node: ts.ClassDeclaration): void {
  lowerClassStatics(ctx, node, (e) => lowerExpr(ctx, e), (block) => lowerStatements(ctx, block.statements));
}

function lowerDeclarations(ctx: FunctionContext, list: ts.VariableDeclarationList): void {
  for (const decl of list.declarations) {
    if (!ts.isIdentifier(decl.name)) {
      const v = lowerExpr(ctx, decl.initializer!);
      bindPattern(ctx, decl.name, v, ctx.checker.getTypeAtLocation(decl.initializer!), (id, item) => declareLocal(ctx, id, item));
      continue;
    }
    const id = decl.name;
    const sym = ctx.checker.getSymbolAtLocation(id);
    if (!sym) throw internalError(decl, 'variable without a symbol');
    let storage = ctx.program.globals.get(sym) ?? ctx.locals.get(sym);
    if (!storage) {
      const kind = storageKind(kindOf(ctx, id));
      storage = isBoxed(ctx.program, sym)
        ? newBoxedStorage(ctx, sym, kind, id.text)
        : localStorage(ctx, sym, kind, llvmType(ctx, kind), id.text);
      ctx.locals.set(sym, storage);
    }
    if (decl.initializer) {
      const v = lowerExpr(ctx, decl.initializer);
      markInitialised(ctx, storage);
      storeTyped(ctx, storage, v, decl);
    } else {
      markInitialised(ctx, storage);
      // `let x: T | undefined;` starts undefined (in a loop, afresh on every iteration).
      if (storage.kind === 'value') storeTyped(ctx, storage, { kind: 'value', value: constantValue(ctx, ValueTag.Undefined) }, decl);
    }
  }
}

/** Declares (or finds) the variable `id` and stores `v` into it. */
export function declareLocal(ctx: FunctionContext, id: ts.Identifier, v: TypedValue): void {
  const sym = ctx.checker.getSymbolAtLocation(id)!;
  let storage = ctx.program.globals.get(sym) ?? ctx.locals.get(sym);
  if (!storage) {
    const kind = storageKind(kindOf(ctx, id));
    storage = isBoxed(ctx.program, sym)
      ? newBoxedStorage(ctx, sym, kind, id.text)
      : localStorage(ctx, sym, kind, llvmType(ctx, kind), id.text);
    ctx.locals.set(sym, storage);
  }
  markInitialised(ctx, storage);
  storeTyped(ctx, storage, v, id);
}

function markInitialised(ctx: FunctionContext, s: Storage): void {
  if (s.initialised) ctx.b.CreateStore(llvm.ConstantInt.getTrue(ctx.ir.context), s.initialised);
}

function lowerIf(ctx: FunctionContext, node: ts.IfStatement): void {
  const { b } = ctx;
  const cond = lowerCondition(ctx, node.expression);
  const then = ctx.newBlock('if.then');
  const otherwise = node.elseStatement ? ctx.newBlock('if.else') : undefined;
  const done = ctx.newBlock('if.done');
  b.CreateCondBr(cond, then, otherwise ?? done);
  b.SetInsertPoint(then);
  lowerStatement(ctx, node.thenStatement);
  if (!ctx.terminated()) b.CreateBr(done);
  if (otherwise && node.elseStatement) {
    b.SetInsertPoint(otherwise);
    lowerStatement(ctx, node.elseStatement);
    if (!ctx.terminated()) b.CreateBr(done);
  }
  b.SetInsertPoint(done);
}

/** Runs `body` as a loop body with break/continue targets (and any pending labels). */
function withLoop(ctx: FunctionContext, breakTo: llvm.BasicBlock, continueTo: llvm.BasicBlock, body: () => void): void {
  ctx.targets.push({ labels: ctx.pendingLabels, breakTo, continueTo, isLoop: true, finallyDepth: ctx.finallies.length });
  ctx.pendingLabels = [];
  body();
  ctx.targets.pop();
}

function lowerWhile(ctx: FunctionContext, node: ts.WhileStatement): void {
  const { b } = ctx;
  const test = ctx.newBlock('while.test');
  const body = ctx.newBlock('while.body');
  const done = ctx.newBlock('while.done');
  speculateLoop(ctx, node, { test, done });
  b.CreateBr(test);
  b.SetInsertPoint(test);
  b.CreateCondBr(lowerCondition(ctx, node.expression), body, done);
  b.SetInsertPoint(body);
  withLoop(ctx, done, test, () => lowerStatement(ctx, node.statement));
  if (!ctx.terminated()) b.CreateBr(test);
  b.SetInsertPoint(done);
}

function lowerDo(ctx: FunctionContext, node: ts.DoStatement): void {
  const { b } = ctx;
  const body = ctx.newBlock('do.body');
  const test = ctx.newBlock('do.test');
  const done = ctx.newBlock('do.done');
  speculateLoop(ctx, node, { test, done });
  b.CreateBr(body);
  b.SetInsertPoint(body);
  withLoop(ctx, done, test, () => lowerStatement(ctx, node.statement));
  if (!ctx.terminated()) b.CreateBr(test);
  b.SetInsertPoint(test);
  b.CreateCondBr(lowerCondition(ctx, node.expression), body, done);
  b.SetInsertPoint(done);
}

function lowerFor(ctx: FunctionContext, node: ts.ForStatement): void {
  const { b } = ctx;
  if (node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) {
      lowerDeclarations(ctx, node.initializer);
    } else {
      lowerExpr(ctx, node.initializer);
    }
  }
  const test = ctx.newBlock('for.test');
  const body = ctx.newBlock('for.body');
  const update = ctx.newBlock('for.update');
  const done = ctx.newBlock('for.done');
  speculateLoop(ctx, node, { test, update, done });
  b.CreateBr(test);
  b.SetInsertPoint(test);
  if (node.condition) b.CreateCondBr(lowerCondition(ctx, node.condition), body, done);
  else b.CreateBr(body);
  b.SetInsertPoint(body);
  withLoop(ctx, done, update, () => lowerStatement(ctx, node.statement));
  if (!ctx.terminated()) b.CreateBr(update);
  b.SetInsertPoint(update);
  // Per-iteration bindings: closures made in this iteration keep this iteration's box.
  if (node.initializer && ts.isVariableDeclarationList(node.initializer)) {
    for (const d of node.initializer.declarations) {
      const s = ctx.locals.get(ctx.checker.getSymbolAtLocation(d.name)!);
      if (s?.boxSlot) renewBox(ctx, s, true);
    }
  }
  if (node.incrementor) lowerExpr(ctx, node.incrementor);
  b.CreateBr(test);
  b.SetInsertPoint(done);
}

/** `for (const x of array)`: by index, re-reading the length each time as the iterator does. */
function lowerForOf(ctx: FunctionContext, node: ts.ForOfStatement): void {
  const { b, ir } = ctx;
  const src = iterSource(ctx.checker, node.expression);
  if (src && !(src.form === 'array' && src.mode === 'values' && src.expr === node.expression)) {
    // Strings, Maps, Sets and iterator calls (iterables.ts).
    const binding = (node.initializer as ts.VariableDeclarationList).declarations[0].name;
    const itemType = ctx.checker.getTypeAtLocation(binding);
    forEachItem(ctx, src, (item, exit, next) => {
      bindPattern(ctx, binding, item, itemType, (id, v) => declareLocal(ctx, id, v));
      withLoop(ctx, exit, next, () => lowerStatement(ctx, node.statement));
    });
    return;
  }
  const typed = typedIteration(ctx, node.expression);
  const elem = typed ? 'number' : elementKindOf(ctx, node.expression);
  const object = typed ? undefined : coerce(ctx, lowerExpr(ctx, node.expression), 'ref').value;
  const counter = ctx.alloca(ir.f64, 'for-of.i');
  b.CreateStore(ir.f64Const(0), counter);
  const test = ctx.newBlock('forof.test');
  const body = ctx.newBlock('forof.body');
  const update = ctx.newBlock('forof.update');
  const done = ctx.newBlock('forof.done');
  b.CreateBr(test);
  b.SetInsertPoint(test);
  const i = b.CreateLoad(ir.f64, counter);
  b.CreateCondBr(b.CreateFCmpOLT(i, typed ? typed.length() : arrayLength(ctx, object!, elem)), body, done);
  b.SetInsertPoint(body);
  const item = typed ? typed.get(i) : arrayGet(ctx, object!, elem, i);
  const list = node.initializer as ts.VariableDeclarationList;
  const binding = list.declarations[0].name;
  if (!ts.isIdentifier(binding)) {
    bindPattern(ctx, binding, item, ctx.checker.getTypeAtLocation(binding), (id, v) => declareLocal(ctx, id, v));
    withLoop(ctx, done, update, () => lowerStatement(ctx, node.statement));
    if (!ctx.terminated()) b.CreateBr(update);
    b.SetInsertPoint(update);
    b.CreateStore(b.CreateFAdd(b.CreateLoad(ir.f64, counter), ir.f64Const(1)), counter);
    b.CreateBr(test);
    b.SetInsertPoint(done);
    return;
  }
  const id = binding;
  const sym = ctx.checker.getSymbolAtLocation(id)!;
  const kind = kindOf(ctx, id);
  const storage = isBoxed(ctx.program, sym)
    ? newBoxedStorage(ctx, sym, kind, id.text)
    : { kind, ptr: ctx.alloca(llvmType(ctx, kind), id.text), name: id.text };
  ctx.locals.set(sym, storage);
  storeTyped(ctx, storage, item, id);
  withLoop(ctx, done, update, () => lowerStatement(ctx, node.statement));
  if (!ctx.terminated()) b.CreateBr(update);
  b.SetInsertPoint(update);
  b.CreateStore(b.CreateFAdd(b.CreateLoad(ir.f64, counter), ir.f64Const(1)), counter);
  b.CreateBr(test);
  b.SetInsertPoint(done);
}

/**
 * `switch`: case tests run in order with ===, until one matches; bodies are
 * laid out in source order and fall through; default runs when none match.
 */
function lowerSwitch(ctx: FunctionContext, node: ts.SwitchStatement): void {
  const { b } = ctx;
  const disc = lowerExpr(ctx, node.expression);
  const clauses = node.caseBlock.clauses;
  const bodies = clauses.map(() => ctx.newBlock('switch.body'));
  const done = ctx.newBlock('switch.done');
  const defaultIndex = clauses.findIndex(ts.isDefaultClause);
  // All clauses share one scope (the case block).
  hoistBlockBindings(ctx, clauses.flatMap((c) => [...c.statements]));
  clauses.forEach((clause, i) => {
    if (!ts.isCaseClause(clause)) return;
    const value = lowerExpr(ctx, clause.expression);
    const next = ctx.newBlock('switch.test');
    b.CreateCondBr(applyBinary(ctx, ts.SyntaxKind.EqualsEqualsEqualsToken, disc, value, clause).value, bodies[i], next);
    b.SetInsertPoint(next);
  });
  b.CreateBr(defaultIndex >= 0 ? bodies[defaultIndex] : done);
  ctx.targets.push({ labels: ctx.pendingLabels, breakTo: done, isLoop: true, finallyDepth: ctx.finallies.length });
  ctx.pendingLabels = [];
  clauses.forEach((clause, i) => {
    b.SetInsertPoint(bodies[i]);
    for (const st of clause.statements) lowerStatement(ctx, st);
    if (!ctx.terminated()) b.CreateBr(i + 1 < bodies.length ? bodies[i + 1] : done);
  });
  ctx.targets.pop();
  b.SetInsertPoint(done);
}

function lowerLabelled(ctx: FunctionContext, node: ts.LabeledStatement): void {
  const label = node.label.text;
  const inner = node.statement;
  if (isLoop(inner) || ts.isLabeledStatement(inner)) {
    ctx.pendingLabels.push(label);
    lowerStatement(ctx, inner);
    return;
  }
  // A labelled block: only `break label` can leave it.
  const done = ctx.newBlock('label.done');
  ctx.targets.push({ labels: [...ctx.pendingLabels, label], breakTo: done, isLoop: false, finallyDepth: ctx.finallies.length });
  ctx.pendingLabels = [];
  lowerStatement(ctx, inner);
  ctx.targets.pop();
  if (!ctx.terminated()) ctx.b.CreateBr(done);
  ctx.b.SetInsertPoint(done);
}

function isLoop(node: ts.Statement): boolean {
  return ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node) || ts.isForOfStatement(node);
}

function lowerJump(ctx: FunctionContext, node: ts.BreakOrContinueStatement): void {
  const isContinue = node.kind === SK.ContinueStatement;
  const target = ctx.findTarget(node.label?.text, isContinue);
  if (!target) throw internalError(node, 'jump without a target');
  resumeJump(ctx, { kind: isContinue ? 'continue' : 'break', target });
}

/** Completes a jump, through any finally bodies between here and its target. */
function resumeJump(ctx: FunctionContext, jump: Jump): void {
  routeJump(ctx, jump, () => {
    if (jump.kind === 'return') emitReturn(ctx, undefined);
    else ctx.b.CreateBr(jump.kind === 'continue' ? jump.target.continueTo! : jump.target.breakTo);
  });
}

/** The final `ret`: the value given, or the one parked in retSlot by a return inside try. */
function emitReturn(ctx: FunctionContext, v: TypedValue | undefined): void {
  const { b } = ctx;
  if (ctx.async) return asyncReturn(ctx, v);
  if (ctx.result === 'void') {
    b.CreateRetVoid();
    return;
  }
  if (v) b.CreateRet(abiReturnValue(ctx, coerce(ctx, v, ctx.result).value));
  else b.CreateRet(abiReturnValue(ctx, b.CreateLoad(llvmType(ctx, ctx.result), ctx.retSlot!)));
}
