// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Speculative integer loops (spec/operators.md, "Speculative integer loops").
// A loop of pure integer statements (specloopeligibility.ts) whose variables
// no range analysis bounds (collatz's `n = 3 * n + 1`) gets a fast copy in
// front of its ordinary lowering, in which every number variable it touches
// is an exact i64 (an integer in [-2^53, 2^53], never -0). The fast copy is
// entered only when every such variable holds one; each operation whose JS
// result would not be such an integer (past ±2^53, -0, an inexact quotient,
// a division or remainder by 0) instead "deoptimises": it writes every
// variable back to its real slot and jumps to the start of the same
// statement (or the loop's test or update) in the ordinary copy, which then
// redoes that statement in doubles. A statement writes its one variable only
// after its whole right side, so redoing it is exact.
//
// Hooks: speculateLoop from the loop lowerings (statements.ts) before they
// branch into their test; enterStatement at the start of every statement,
// where the ordinary copy exposes the resume block a deopt jumps to.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, Storage } from './context.js';
import { kindOf, llvmType } from './expressions.js';
import { isBoxed } from './closures.js';
import { localStorage } from './intslots.js';
import { COMPOUND_ASSIGNMENT, SpeculableLoop, fractionalDefinition, integerLiteral, isSpeculableLoopKind, loopEligibility } from './specloopeligibility.js';
import { skipParens } from '../syntax.js';

const SK = ts.SyntaxKind;
const LIMIT = 2 ** 53;

/** The ordinary loop's blocks a deopt or the fast copy's exit can jump to. */
export interface LoopBlocks {
  test: llvm.BasicBlock;
  update?: llvm.BasicBlock;
  done: llvm.BasicBlock;
}

/** Where a deopt resumes: the start of a statement of the body, or a (nested) loop's test / update. */
type Part = 'start' | 'test' | 'update';
interface ResumeKey {
  node: ts.Node;
  part: Part;
}

/** Resume blocks of the ordinary copy being lowered, by statement. */
const resumeBlocks = new WeakMap<FunctionContext, Map<ts.Node, llvm.BasicBlock>>();
/** Resume blocks at the test / update of loops nested in a versioned loop, by loop. */
const loopResumes = new WeakMap<FunctionContext, Map<ts.Node, Map<Part, llvm.BasicBlock>>>();
/** Loops versioned in each function: loops inside their ordinary copies are not versioned again. */
const versioned = new WeakMap<FunctionContext, Set<ts.Node>>();

/** Ends the resume blocks of `loop`'s test and update (a loop nested in a versioned one) in its ordinary blocks. */
function wireLoopResumes(ctx: FunctionContext, loop: ts.Node, blocks: LoopBlocks): void {
  const parts = loopResumes.get(ctx)?.get(loop);
  if (!parts) return;
  loopResumes.get(ctx)!.delete(loop);
  const here = ctx.b.GetInsertBlock()!;
  for (const [part, block] of parts) {
    ctx.b.SetInsertPoint(block);
    ctx.b.CreateBr(part === 'test' ? blocks.test : blocks.update!);
  }
  ctx.b.SetInsertPoint(here);
}

function insideVersioned(ctx: FunctionContext, loop: ts.Node): boolean {
  const set = versioned.get(ctx);
  if (!set) return false;
  for (let n = loop.parent; n && !ts.isSourceFile(n) && !ts.isFunctionLike(n); n = n.parent) if (set.has(n)) return true;
  return false;
}

/**
 * Hook at the start of each statement: when a deopt resumes at `node`, its
 * resume block starts here (the ordinary lowering falls into it).
 */
export function enterStatement(ctx: FunctionContext, node: ts.Statement): void {
  const pending = resumeBlocks.get(ctx);
  const block = pending?.get(node);
  if (!block) return;
  pending!.delete(node);
  if (!ctx.terminated()) ctx.b.CreateBr(block);
  ctx.b.SetInsertPoint(block);
}

function describe(node: ts.Node): string {
  const sf = node.getSourceFile();
  return `${sf.fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** The function (or file) a loop is in: where its variables' definitions are. */
function enclosingScope(node: ts.Node): ts.Node {
  let n = node.parent;
  while (!ts.isSourceFile(n) && !ts.isFunctionLike(n)) n = n.parent;
  return n;
}

function debug(message: string): void {
  if (process.env.TSX_DEBUG_SPECLOOPS) console.error(`specloop ${message}`);
}

/**
 * Emits the fast copy of `loop` when it qualifies, entered from the current
 * block; leaves the insert point where the ordinary copy should start (the
 * caller branches into its loop from there). Does nothing otherwise.
 */
export function speculateLoop(ctx: FunctionContext, loop: SpeculableLoop, blocks: LoopBlocks): void {
  if (!isSpeculableLoopKind(loop)) return;
  wireLoopResumes(ctx, loop, blocks);
  if (insideVersioned(ctx, loop)) return;
  const pc = ctx.program;
  const storageOf = (sym: ts.Symbol): Storage | undefined => ctx.locals.get(sym) ?? pc.globals.get(sym);
  const inside = (decl: ts.Node): boolean => decl.pos >= loop.statement.pos && decl.end <= loop.statement.end && decl.getSourceFile() === loop.getSourceFile();
  const result = loopEligibility(ctx.checker, loop, (sym) => {
    if (isBoxed(pc, sym)) return false;
    // `let x: number;` holds nothing the entry check could read (a for-of variable is assigned by its loop).
    const d = sym.valueDeclaration;
    if (d && ts.isVariableDeclaration(d) && !d.initializer && !ts.isForOfStatement(d.parent.parent)) return false;
    const s = storageOf(sym);
    if (s) return s.kind === 'number' && !s.boxSlot && !s.initialised;
    const decl = sym.valueDeclaration!;
    return ts.isVariableDeclaration(decl) && inside(decl) && kindOf(ctx, decl.name) === 'number';
  });
  if (!result.ok) {
    debug(`${describe(loop)}: not versioned (${describe(result.node)}: ${result.reason})`);
    return;
  }
  // Variables declared in the body get their storage now (as lowerDeclarations would), so deopts can write them back.
  for (const sym of result.declared) {
    if (storageOf(sym)) continue;
    const id = (sym.valueDeclaration as ts.VariableDeclaration).name as ts.Identifier;
    ctx.locals.set(sym, localStorage(ctx, sym, 'number', llvmType(ctx, 'number'), id.text));
  }
  const doubles = [...result.written].filter((sym) => !storageOf(sym)!.int);
  if (!doubles.length) {
    debug(`${describe(loop)}: not versioned (every variable it writes is already an integer)`);
    return;
  }
  const fraction = fractionalDefinition(ctx.checker, enclosingScope(loop), result.touched);
  if (fraction) {
    debug(`${describe(loop)}: not versioned (${describe(fraction)}: ${fraction.getText()} gives a variable fractions)`);
    return;
  }
  if (!versioned.has(ctx)) versioned.set(ctx, new Set());
  versioned.get(ctx)!.add(loop);
  debug(`${describe(loop)}: versioned (${result.touched.map((s) => s.name).join(', ')})`);
  new FastCopy(ctx, loop, blocks, result.touched.map((sym) => [sym, storageOf(sym)!]), result.written, result.declared).emit();
}

class FastCopy {
  private readonly slots = new Map<ts.Symbol, llvm.Value>();
  private readonly deopts = new Map<ts.Node, Map<Part, llvm.BasicBlock>>();
  private key!: ResumeKey;
  /** break / continue targets of the loops being lowered, innermost last. */
  private readonly jumps: { breakTo: llvm.BasicBlock; continueTo: llvm.BasicBlock }[] = [];

  constructor(
    private readonly ctx: FunctionContext,
    private readonly loop: SpeculableLoop,
    private readonly blocks: LoopBlocks,
    private readonly vars: [ts.Symbol, Storage][],
    private readonly written: Set<ts.Symbol>,
    private readonly declared: Set<ts.Symbol>,
  ) {}

  private get b(): llvm.IRBuilder {
    return this.ctx.b;
  }

  private get i64(): llvm.IntegerType {
    return this.ctx.ir.i64;
  }

  /** Integer literals of the loop, by their constant: a positive factor cannot make -0. */
  private readonly literals = new Map<llvm.Value, number>();

  private int(x: number): llvm.Value {
    return llvm.ConstantInt.get(this.i64, x, true);
  }

  private block(name: string): llvm.BasicBlock {
    return this.ctx.newBlock(`spec.${name}`);
  }

  emit(): void {
    const { b, loop } = this;
    const fallback = this.block('fallback');
    const start = this.block('start');
    const exit = this.block('exit');
    b.CreateCondBr(this.enter(), start, fallback);
    b.SetInsertPoint(start);
    this.loopCopy(loop, exit);
    this.writeBack();
    b.CreateBr(this.blocks.done);
    b.SetInsertPoint(fallback);
  }

  /** The fast copy of a loop (not a for's initialiser), from the current block; ends in `exit`. */
  private loopCopy(loop: SpeculableLoop, exit: llvm.BasicBlock): void {
    const { ctx, b } = this;
    const test = this.block('test');
    const body = this.block('body');
    const update = ts.isForStatement(loop) ? this.block('update') : undefined;
    const continueTo = update ?? test;
    b.CreateBr(ts.isDoStatement(loop) ? body : test);
    this.jumps.push({ breakTo: exit, continueTo });

    b.SetInsertPoint(test);
    this.key = { node: loop, part: 'test' };
    const cond = ts.isForStatement(loop) ? loop.condition : loop.expression;
    if (cond) b.CreateCondBr(this.condition(cond), body, exit);
    else b.CreateBr(body);

    b.SetInsertPoint(body);
    this.statement(loop.statement);
    if (!ctx.terminated()) b.CreateBr(continueTo);

    if (update) {
      b.SetInsertPoint(update);
      this.key = { node: loop, part: 'update' };
      if (ts.isForStatement(loop) && loop.incrementor) this.assignment(loop.incrementor);
      b.CreateBr(test);
    }
    this.jumps.pop();
    b.SetInsertPoint(exit);
  }

  /** Loads every variable into its i64 slot; true when each was an exact integer. */
  private enter(): llvm.Value {
    const { ctx, b } = this;
    const ir = ctx.ir;
    let ok: llvm.Value = llvm.ConstantInt.getTrue(ir.context);
    for (const [sym, s] of this.vars) {
      const slot = ctx.alloca(this.i64, `spec.${sym.name}`);
      this.slots.set(sym, slot);
      if (this.declared.has(sym)) {
        b.CreateStore(this.int(0), slot);
        continue;
      }
      if (s.int) {
        const raw = b.CreateLoad(s.int.type, b.CreateBitCast(s.ptr, llvm.PointerType.get(s.int.type, 0)));
        b.CreateStore(s.int.type === this.i64 ? raw : b.CreateSExt(raw, this.i64), slot);
        continue;
      }
      const x = b.CreateLoad(ir.f64, b.CreateBitCast(s.ptr, llvm.PointerType.get(ir.f64, 0)));
      // fptosi.sat is never poison (NaN gives 0), so the checks can be and-ed.
      const sat = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.fptosi_sat, [this.i64, ir.f64]);
      const fabs = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.fabs, [ir.f64]);
      const i = b.CreateCall(sat, [x]);
      const inRange = b.CreateFCmpOLE(b.CreateCall(fabs, [x]), ir.f64Const(LIMIT));
      // Bit for bit: -0 (sign bit set) and NaN (saturated to 0) do not come back.
      const integral = b.CreateICmpEQ(b.CreateBitCast(b.CreateSIToFP(i, ir.f64), this.i64), b.CreateBitCast(x, this.i64));
      ok = b.CreateAnd(ok, b.CreateAnd(inRange, integral));
      b.CreateStore(i, slot);
    }
    return ok;
  }

  /** Stores every written variable back into its real slot. */
  private writeBack(): void {
    const { ctx, b } = this;
    for (const [sym, s] of this.vars) {
      if (!this.written.has(sym)) continue;
      const v = b.CreateLoad(this.i64, this.slots.get(sym)!);
      if (s.int) {
        const narrow = s.int.type === this.i64 ? v : b.CreateTrunc(v, s.int.type);
        b.CreateStore(narrow, b.CreateBitCast(s.ptr, llvm.PointerType.get(s.int.type, 0)));
      } else {
        b.CreateStore(b.CreateSIToFP(v, ctx.ir.f64), b.CreateBitCast(s.ptr, llvm.PointerType.get(ctx.ir.f64, 0)));
      }
    }
  }

  /** The block that writes back and resumes the ordinary copy at the current statement. */
  private deoptBlock(): llvm.BasicBlock {
    const { node, part } = this.key;
    if (!this.deopts.has(node)) this.deopts.set(node, new Map());
    let block = this.deopts.get(node)!.get(part);
    if (block) return block;
    const { ctx, b } = this;
    block = this.block('deopt');
    this.deopts.get(node)!.set(part, block);
    const here = b.GetInsertBlock()!;
    b.SetInsertPoint(block);
    this.writeBack();
    let target: llvm.BasicBlock;
    if (node === this.loop && part !== 'start') target = part === 'test' ? this.blocks.test : this.blocks.update!;
    else if (part === 'start') {
      target = this.block('resume');
      if (!resumeBlocks.has(ctx)) resumeBlocks.set(ctx, new Map());
      resumeBlocks.get(ctx)!.set(node, target);
    } else {
      // A nested loop's test or update: wired when its ordinary copy is lowered (wireLoopResumes).
      target = this.block(`resume.${part}`);
      if (!loopResumes.has(ctx)) loopResumes.set(ctx, new Map());
      const parts = loopResumes.get(ctx)!;
      if (!parts.has(node)) parts.set(node, new Map());
      parts.get(node)!.set(part, target);
    }
    b.CreateBr(target);
    b.SetInsertPoint(here);
    return block;
  }

  /** Deoptimises where `bad` holds; continues in a fresh block otherwise. */
  private guard(bad: llvm.Value): void {
    const ok = this.block('ok');
    this.b.CreateCondBr(bad, this.deoptBlock(), ok);
    this.b.SetInsertPoint(ok);
  }

  /** Deopts unless -2^53 <= v <= 2^53. */
  private rangeGuard(v: llvm.Value): void {
    const b = this.b;
    this.guard(b.CreateICmpUGT(b.CreateAdd(v, this.int(LIMIT)), this.int(2 * LIMIT)));
  }

  private statement(s: ts.Statement): void {
    const { ctx, b } = this;
    if (ctx.terminated()) b.SetInsertPoint(this.block('dead'));
    if (ts.isBlock(s)) return s.statements.forEach((t) => this.statement(t));
    if (ts.isEmptyStatement(s)) return;
    this.key = { node: s, part: 'start' };
    if (ts.isExpressionStatement(s)) return this.assignment(s.expression);
    if (ts.isBreakStatement(s)) return void b.CreateBr(this.jumps[this.jumps.length - 1].breakTo);
    if (ts.isContinueStatement(s)) return void b.CreateBr(this.jumps[this.jumps.length - 1].continueTo);
    if (ts.isVariableStatement(s)) return this.declarations(s.declarationList);
    if (isSpeculableLoopKind(s)) {
      if (ts.isForStatement(s) && s.initializer) {
        if (ts.isVariableDeclarationList(s.initializer)) this.declarations(s.initializer);
        else this.assignment(s.initializer);
      }
      this.loopCopy(s, this.block('loop.done'));
      return;
    }
    if (ts.isIfStatement(s)) {
      const then = this.block('if.then');
      const otherwise = s.elseStatement ? this.block('if.else') : undefined;
      const done = this.block('if.done');
      b.CreateCondBr(this.condition(s.expression), then, otherwise ?? done);
      b.SetInsertPoint(then);
      this.statement(s.thenStatement);
      if (!ctx.terminated()) b.CreateBr(done);
      if (otherwise) {
        b.SetInsertPoint(otherwise);
        this.statement(s.elseStatement!);
        if (!ctx.terminated()) b.CreateBr(done);
      }
      b.SetInsertPoint(done);
      return;
    }
    throw new Error(`specloops: unexpected ${SK[s.kind]}`);
  }

  private declarations(list: ts.VariableDeclarationList): void {
    for (const d of list.declarations) {
      const v = this.number(d.initializer!, false);
      this.b.CreateStore(v, this.slots.get(this.ctx.checker.getSymbolAtLocation(d.name)!)!);
    }
  }

  private slotOf(e: ts.Expression): llvm.Value {
    return this.slots.get(this.ctx.checker.getSymbolAtLocation(skipParens(e))!)!;
  }

  /** `v = e`, `v op= e`, `v++` and the like: the store comes after every guard. */
  private assignment(e: ts.Expression): void {
    const b = this.b;
    const u = skipParens(e);
    if (ts.isPrefixUnaryExpression(u) || ts.isPostfixUnaryExpression(u)) {
      const slot = this.slotOf(u.operand);
      const r = b.CreateAdd(b.CreateLoad(this.i64, slot), this.int(u.operator === SK.PlusPlusToken ? 1 : -1));
      this.rangeGuard(r);
      b.CreateStore(r, slot);
      return;
    }
    const a = u as ts.BinaryExpression;
    const slot = this.slotOf(a.left);
    const op = COMPOUND_ASSIGNMENT.get(a.operatorToken.kind);
    let r: llvm.Value;
    if (op === undefined) r = this.number(a.right, false);
    else {
      const old = b.CreateLoad(this.i64, slot);
      r = this.binary(op, old, this.number(a.right, false), false);
    }
    b.CreateStore(r, slot);
  }

  /**
   * A number expression as its exact i64. `zeroOk`: the consumer cannot tell
   * -0 from 0 (a comparison, a truthiness test), so the outermost operation
   * needs no -0 guard.
   */
  private number(e: ts.Expression, zeroOk: boolean): llvm.Value {
    const { b } = this;
    const u = skipParens(e);
    if (ts.isIdentifier(u)) return b.CreateLoad(this.i64, this.slotOf(u));
    const literal = integerLiteral(u);
    if (literal !== undefined) {
      const c = this.int(literal);
      this.literals.set(c, literal);
      return c;
    }
    if (ts.isPrefixUnaryExpression(u)) {
      if (u.operator === SK.PlusToken) return this.number(u.operand, zeroOk);
      const v = this.number(u.operand, false);
      if (u.operator === SK.TildeToken) return b.CreateSExt(b.CreateNot(b.CreateTrunc(v, this.ctx.ir.i32)), this.i64);
      if (!zeroOk) this.guard(b.CreateICmpEQ(v, this.int(0))); // -0
      return b.CreateSub(this.int(0), v);
    }
    const bin = u as ts.BinaryExpression;
    const left = this.number(bin.left, false);
    const right = this.number(bin.right, false);
    return this.binary(bin.operatorToken.kind, left, right, zeroOk);
  }

  private binary(op: ts.SyntaxKind, a: llvm.Value, c: llvm.Value, zeroOk: boolean): llvm.Value {
    const { b, ctx } = this;
    const ir = ctx.ir;
    const zero = this.int(0);
    switch (op) {
      case SK.PlusToken:
      case SK.MinusToken: {
        const r = op === SK.PlusToken ? b.CreateAdd(a, c) : b.CreateSub(a, c);
        this.rangeGuard(r);
        return r;
      }
      case SK.AsteriskToken: {
        const mul = llvm.Intrinsic.getDeclaration(ir.module, llvm.Intrinsic.smul_with_overflow, [this.i64]);
        const pair = b.CreateCall(mul, [a, c]);
        const r = b.CreateExtractValue(pair, [0]);
        this.guard(b.CreateExtractValue(pair, [1]));
        this.rangeGuard(r);
        // 0 * -k is -0.
        const positive = (v: llvm.Value): boolean => (this.literals.get(v) ?? 0) > 0;
        if (!zeroOk && !positive(a) && !positive(c)) this.guard(b.CreateAnd(b.CreateICmpEQ(r, zero), b.CreateICmpSLT(b.CreateOr(a, c), zero)));
        return r;
      }
      case SK.SlashToken: {
        this.guard(b.CreateICmpEQ(c, zero)); // ±Infinity or NaN
        const r = b.CreateSRem(a, c);
        this.guard(b.CreateICmpNE(r, zero)); // not an integer
        if (!zeroOk) this.guard(b.CreateAnd(b.CreateICmpEQ(a, zero), b.CreateICmpSLT(c, zero))); // 0 / -k is -0
        return b.CreateSDiv(a, c);
      }
      case SK.PercentToken: {
        this.guard(b.CreateICmpEQ(c, zero)); // NaN
        const r = b.CreateSRem(a, c);
        if (!zeroOk) this.guard(b.CreateAnd(b.CreateICmpEQ(r, zero), b.CreateICmpSLT(a, zero))); // -k % k is -0
        return r;
      }
    }
    // Bitwise: ToInt32 of an exact integer is its low 32 bits.
    const x = b.CreateTrunc(a, ir.i32);
    const y = b.CreateTrunc(c, ir.i32);
    const count = (): llvm.Value => b.CreateAnd(y, llvm.ConstantInt.get(ir.i32, 31));
    switch (op) {
      case SK.AmpersandToken: return b.CreateSExt(b.CreateAnd(x, y), this.i64);
      case SK.BarToken: return b.CreateSExt(b.CreateOr(x, y), this.i64);
      case SK.CaretToken: return b.CreateSExt(b.CreateXor(x, y), this.i64);
      case SK.LessThanLessThanToken: return b.CreateSExt(b.CreateShl(x, count()), this.i64);
      case SK.GreaterThanGreaterThanToken: return b.CreateSExt(b.CreateAShr(x, count()), this.i64);
      case SK.GreaterThanGreaterThanGreaterThanToken: return b.CreateZExt(b.CreateLShr(x, count()), this.i64);
    }
    throw new Error(`specloops: unexpected operator ${SK[op]}`);
  }

  /** A condition as an i1 (short-circuit && and || branch, as guards may sit on their right). */
  private condition(e: ts.Expression): llvm.Value {
    const { b, ctx } = this;
    const ir = ctx.ir;
    const u = skipParens(e);
    if (u.kind === SK.TrueKeyword) return llvm.ConstantInt.getTrue(ir.context);
    if (u.kind === SK.FalseKeyword) return llvm.ConstantInt.getFalse(ir.context);
    if (ts.isPrefixUnaryExpression(u) && u.operator === SK.ExclamationToken) return b.CreateNot(this.condition(u.operand));
    if (ts.isBinaryExpression(u)) {
      const op = u.operatorToken.kind;
      if (op === SK.AmpersandAmpersandToken || op === SK.BarBarToken) {
        const left = this.condition(u.left);
        const leftEnd = b.GetInsertBlock()!;
        const rhs = this.block('rhs');
        const done = this.block('logic');
        if (op === SK.AmpersandAmpersandToken) b.CreateCondBr(left, rhs, done);
        else b.CreateCondBr(left, done, rhs);
        b.SetInsertPoint(rhs);
        const right = this.condition(u.right);
        const rightEnd = b.GetInsertBlock()!;
        b.CreateBr(done);
        b.SetInsertPoint(done);
        const phi = b.CreatePHI(ir.i1, 2);
        phi.addIncoming(op === SK.AmpersandAmpersandToken ? llvm.ConstantInt.getFalse(ir.context) : llvm.ConstantInt.getTrue(ir.context), leftEnd);
        phi.addIncoming(right, rightEnd);
        return phi;
      }
      const compare = COMPARE.get(op);
      if (compare) {
        const left = this.number(u.left, true);
        const right = this.number(u.right, true);
        return compare(b, left, right);
      }
    }
    return b.CreateICmpNE(this.number(u, true), this.int(0));
  }
}

type Compare = (b: llvm.IRBuilder, l: llvm.Value, r: llvm.Value) => llvm.Value;

/** Exact integers compare as i64s (no NaN; 0 and -0 are the same integer). */
const COMPARE = new Map<ts.SyntaxKind, Compare>([
  [SK.LessThanToken, (b, l, r) => b.CreateICmpSLT(l, r)],
  [SK.LessThanEqualsToken, (b, l, r) => b.CreateICmpSLE(l, r)],
  [SK.GreaterThanToken, (b, l, r) => b.CreateICmpSGT(l, r)],
  [SK.GreaterThanEqualsToken, (b, l, r) => b.CreateICmpSGE(l, r)],
  [SK.EqualsEqualsEqualsToken, (b, l, r) => b.CreateICmpEQ(l, r)],
  [SK.EqualsEqualsToken, (b, l, r) => b.CreateICmpEQ(l, r)],
  [SK.ExclamationEqualsEqualsToken, (b, l, r) => b.CreateICmpNE(l, r)],
  [SK.ExclamationEqualsToken, (b, l, r) => b.CreateICmpNE(l, r)],
]);
