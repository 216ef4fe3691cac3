// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which `number` variables only ever hold exact integers, and in what range
// (spec/numbers.md, "Integer fast paths"). A whole-program fixpoint over the
// entry file: a variable qualifies when every definition of it - its
// initialiser, each `=`, compound assignment and ++/--, and for a parameter
// of a function that is only ever called directly, every argument - is an
// integer expression (the rules of intrange.ts, applied to syntax) whose range
// is known. A definition that depends on the variable itself must converge:
// a counter such as `i++` only does when it is the update of a for loop whose
// test bounds it (`for (...; i < n; i++)` with n of known range and no other
// write to i). Anything else (destructuring, for-of, `var`, a function used as
// a value, a call whose result is not known) leaves the variable an f64.
//
// Reads of a qualifying variable carry the i64 (fptosi of the loaded f64,
// exact by the proof), so the operators of intrange.ts apply to them.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext } from './context.js';
import { markExact, narrowType } from './intrange.js';
import { COMPOUND } from './compoundops.js';
import { registerIntegerArrays } from './intarrays.js';
import { FLIP, narrowByGuards } from './intguards.js';

type Range = [number, number];
const LIMIT = 2 ** 53;
const I32: Range = [-(2 ** 31), 2 ** 31 - 1];
const U32: Range = [0, 2 ** 32 - 1];
const SK = ts.SyntaxKind;

/** A definition: the range it gives, from the current ranges of the others. */
type Definition = (env: Env) => Range | undefined;

interface Env {
  rangeOf(sym: ts.Symbol): Range | undefined;
}

const proven = new WeakMap<ProgramContext, Map<ts.Symbol, Range>>();

/** No value yet: where every variable starts in the optimistic fixpoint. */
const EMPTY: Range = [Infinity, -Infinity];

function isEmpty(r: Range): boolean {
  return !(r[0] <= r[1]);
}

function ok(r: Range | undefined): Range | undefined {
  if (r && isEmpty(r)) return EMPTY;
  return r && r[0] > -LIMIT && r[1] < LIMIT ? r : undefined;
}

/** A variable's range may reach ±2^53 itself: a saturated counter (an exact double). */
function okVariable(r: Range): Range | undefined {
  if (isEmpty(r)) return EMPTY;
  return r[0] >= -LIMIT && r[1] <= LIMIT ? r : undefined;
}

function union(a: Range | undefined, b: Range): Range {
  return a ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : b;
}

function allOnes(x: number): number {
  let m = 0;
  while (m < x) m = m * 2 + 1;
  return m;
}

function asInt32(r: Range | undefined): Range {
  return r && r[0] >= I32[0] && r[1] <= I32[1] ? r : I32;
}

class Analysis {
  readonly candidates = new Set<ts.Symbol>();
  readonly definitions = new Map<ts.Symbol, Definition[]>();
  readonly poisoned = new Set<ts.Symbol>();
  /** Candidates that are const number[] arrays: their range is their elements'. */
  readonly arrays = new Set<ts.Symbol>();
  /** Function declarations only ever called directly: their return expressions. */
  readonly returns = new Map<ts.Symbol, ts.Expression[]>();
  readonly returnRange = new Map<ts.Symbol, Range | undefined>();

  constructor(readonly checker: ts.TypeChecker, readonly file: ts.SourceFile) {}

  symbolOf(node: ts.Node): ts.Symbol | undefined {
    return this.checker.getSymbolAtLocation(node);
  }

  isNumber(node: ts.Node): boolean {
    const t = this.checker.getTypeAtLocation(node);
    return (t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) !== 0 && !t.isUnion();
  }

  addDefinition(sym: ts.Symbol, d: Definition): void {
    let list = this.definitions.get(sym);
    if (!list) this.definitions.set(sym, (list = []));
    list.push(d);
  }

  /** Pass 1: the variables and parameters that may qualify. */
  collectCandidates(): void {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && ts.isVariableDeclarationList(node.parent)) {
        const blockScoped = (node.parent.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== 0;
        const inLoopHead = ts.isForOfStatement(node.parent.parent) || ts.isForInStatement(node.parent.parent);
        const sym = this.symbolOf(node.name);
        const isConst = (node.parent.flags & ts.NodeFlags.Const) !== 0;
        const init = node.initializer;
        if (sym && isConst && !inLoopHead && init && ts.isArrayLiteralExpression(init) && this.isNumberArray(node.name)) {
          // A number[] that never escapes: its elements are a pseudo-variable.
          this.candidates.add(sym);
          this.arrays.add(sym);
          for (const el of init.elements) {
            if (ts.isSpreadElement(el)) this.poisoned.add(sym);
            else this.addDefinition(sym, (env) => this.rangeOf(el, env));
          }
          this.addDefinition(sym, () => EMPTY);
        }
        if (sym && blockScoped && !inLoopHead && node.initializer && this.isNumber(node.name)) {
          this.candidates.add(sym);
          const init = node.initializer;
          this.addDefinition(sym, (env) => this.rangeOf(init, env));
        }
      }
      const fn = ts.isFunctionDeclaration(node) && node.name ? node : ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.initializer : undefined;
      const sym = fn && directFunction(this.checker, this.symbolOf((node as ts.FunctionDeclaration | ts.VariableDeclaration).name!), this.file);
      if (sym && fn && ts.isFunctionLike(fn)) {
        const body = (fn as ts.FunctionLikeDeclaration).body!;
        const returns: ts.Expression[] = [];
        let bare = false;
        const findReturns = (n: ts.Node): void => {
          if (ts.isFunctionLike(n)) return;
          if (ts.isReturnStatement(n)) {
            if (n.expression) returns.push(n.expression);
            else bare = true;
          }
          ts.forEachChild(n, findReturns);
        };
        if (ts.isBlock(body)) ts.forEachChild(body, findReturns);
        else returns.push(body); // an arrow function's expression body
        if (!bare && returns.length && this.isNumberResult(fn as ts.FunctionLikeDeclaration)) this.returns.set(sym, returns);
        for (const p of (fn as ts.FunctionLikeDeclaration).parameters) {
          const ps = ts.isIdentifier(p.name) ? this.symbolOf(p.name) : undefined;
          if (ps && !p.initializer && !p.dotDotDotToken && !p.questionToken && this.isNumber(p.name)) this.candidates.add(ps);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(this.file);
  }

  isNumberArray(node: ts.Node): boolean {
    const t = this.checker.getTypeAtLocation(node);
    if (!this.checker.isArrayType(t)) return false;
    const args = this.checker.getTypeArguments(t as ts.TypeReference);
    return args.length === 1 && (args[0].flags & ts.TypeFlags.Number) !== 0 && !args[0].isUnion();
  }

  /** A use of a candidate array: element reads, writes, push and length are all it may do. */
  classifyArrayUse(sym: ts.Symbol, id: ts.Identifier): void {
    const p = id.parent;
    if (ts.isPropertyAccessExpression(p) && p.expression === id) {
      if (p.name.text === 'length') return;
      const call = p.parent;
      if (p.name.text === 'push' && ts.isCallExpression(call) && call.expression === p && !call.arguments.some(ts.isSpreadElement)) {
        for (const a of call.arguments) this.addDefinition(sym, (env) => this.rangeOf(a, env));
        return;
      }
      return void this.poisoned.add(sym);
    }
    if (!ts.isElementAccessExpression(p) || p.expression !== id) return void this.poisoned.add(sym);
    let target: ts.Node = p;
    while (ts.isParenthesizedExpression(target.parent) || ts.isNonNullExpression(target.parent)) target = target.parent;
    const w = target.parent;
    if (ts.isBinaryExpression(w) && w.left === target) return this.defineByAssignment(sym, w);
    if ((ts.isPrefixUnaryExpression(w) || ts.isPostfixUnaryExpression(w)) && (w.operator === SK.PlusPlusToken || w.operator === SK.MinusMinusToken)) {
      const step = w.operator === SK.PlusPlusToken ? 1 : -1;
      // Element counters saturate at ±2^53 like variables (see classifyUse).
      return this.addDefinition(sym, (env) => {
        const r = env.rangeOf(sym);
        if (!r || isEmpty(r)) return r;
        return step > 0 ? [Math.min(r[0] + 1, LIMIT), LIMIT] : [-LIMIT, Math.max(r[1] - 1, -LIMIT)];
      });
    }
    if (isWritePosition(target)) this.poisoned.add(sym);
  }

  /** `x = e` or `x op= e` (of a variable or an element) defining `sym`; other operators leave it alone. */
  defineByAssignment(sym: ts.Symbol, w: ts.BinaryExpression): void {
    const op = w.operatorToken.kind;
    if (op === SK.EqualsToken) return this.addDefinition(sym, (env) => this.rangeOf(w.right, env));
    const binary = INTEGER_COMPOUND[op];
    if (binary !== undefined) return this.addDefinition(sym, (env) => this.binaryRange(binary, env.rangeOf(sym), this.rangeOf(w.right, env)));
    if (op >= SK.FirstAssignment && op <= SK.LastAssignment) this.poisoned.add(sym);
  }

  isNumberResult(fn: ts.FunctionLikeDeclaration): boolean {
    const sig = this.checker.getSignatureFromDeclaration(fn);
    if (!sig) return false;
    const t = this.checker.getReturnTypeOfSignature(sig);
    return (t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) !== 0 && !t.isUnion();
  }

  /** Pass 2: every use of a candidate that writes it, and every use of a function. */
  collectDefinitions(): void {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) this.classifyUse(node);
      ts.forEachChild(node, visit);
    };
    visit(this.file);
  }

  classifyUse(id: ts.Identifier): void {
    const parent = id.parent;
    if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)) && parent.name === id) return;
    const sym = ts.isShorthandPropertyAssignment(parent) ? this.checker.getShorthandAssignmentValueSymbol(parent) : this.symbolOf(id);
    if (!sym) return;
    if (this.returns.has(sym) || this.functionParams(sym)) {
      // A function: qualifies only while every use calls it directly.
      if (ts.isCallExpression(parent) && parent.expression === id && !parent.arguments.some(ts.isSpreadElement)) {
        const decl = directFunction(this.checker, sym, this.file)!;
        functionNode(decl).parameters.forEach((p, i) => {
          const ps = ts.isIdentifier(p.name) ? this.symbolOf(p.name) : undefined;
          if (!ps) return;
          const arg = parent.arguments[i];
          if (!arg) this.poisoned.add(ps);
          else this.addDefinition(ps, (env) => this.rangeOf(arg, env));
        });
      } else {
        this.returns.delete(sym);
        for (const p of functionNode(directFunction(this.checker, sym, this.file)!).parameters) {
          const ps = ts.isIdentifier(p.name) ? this.symbolOf(p.name) : undefined;
          if (ps) this.poisoned.add(ps);
        }
      }
      return;
    }
    if (!this.candidates.has(sym)) return;
    if (this.arrays.has(sym)) return this.classifyArrayUse(sym, id);
    let target: ts.Node = id;
    while (ts.isParenthesizedExpression(target.parent) || ts.isNonNullExpression(target.parent)) target = target.parent;
    const p = target.parent;
    if (ts.isBinaryExpression(p) && p.left === target) return this.defineByAssignment(sym, p);
    if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === SK.PlusPlusToken || p.operator === SK.MinusMinusToken)) {
      const step = p.operator === SK.PlusPlusToken ? 1 : -1;
      const bound = this.loopBound(sym, p, step);
      return this.addDefinition(sym, (env) => {
        const r = env.rangeOf(sym);
        if (!r) return undefined;
        if (isEmpty(r)) return EMPTY;
        const b = bound?.(env);
        // A counter: x++ in doubles saturates at 2^53 (2^53 + 1 rounds to
        // 2^53), so a variable stepped by ++/-- stays an exact integer in
        // [-2^53, 2^53] whatever the number of steps (spec/numbers.md).
        if (b !== undefined) {
          if (!Number.isFinite(b)) return EMPTY;
          const bounded = ok(step > 0 ? [r[0] + step, Math.max(r[0] + step, b)] : [Math.min(r[1] + step, b), r[1] + step]);
          if (bounded) return bounded;
        }
        return step > 0 ? [Math.min(r[0] + 1, LIMIT), LIMIT] : [-LIMIT, Math.max(r[1] - 1, -LIMIT)];
      });
    }
    if (isWritePosition(target)) this.poisoned.add(sym);
  }

  readonly unwritten = new Map<ts.Symbol, boolean>();

  /** A parameter no statement assigns, or a const: every read sees the value it was defined with. */
  neverWritten(sym: ts.Symbol): boolean {
    let known = this.unwritten.get(sym);
    if (known === undefined) {
      const d = sym.valueDeclaration;
      known = !!d && ((ts.isParameter(d) && !this.writesInside(sym, this.file)) ||
        (ts.isVariableDeclaration(d) && ts.isVariableDeclarationList(d.parent) && (d.parent.flags & ts.NodeFlags.Const) !== 0));
      this.unwritten.set(sym, known);
    }
    return known;
  }

  functionParams(sym: ts.Symbol): boolean {
    const d = directFunction(this.checker, sym, this.file);
    return !!d && functionNode(d).parameters.some((p) => ts.isIdentifier(p.name) && this.candidates.has(this.symbolOf(p.name)!));
  }

  /**
   * For `for (...; i < n; i++)` (or `i <= n`, `i > n`, `i >= n` with i--):
   * the furthest value i can reach, as a function of n's range, provided the
   * loop's test is that comparison and nothing else in the program writes i.
   */
  loopBound(sym: ts.Symbol, update: ts.Node, step: number): ((env: Env) => number | undefined) | undefined {
    return this.forBound(sym, update, step) ?? this.whileBound(sym, update, step);
  }

  /**
   * `while (a < b) { ...; b--; ... }` and the like: an update that is a
   * statement directly in the body of a while loop whose test is a
   * comparison of the variable, with no other write to the variable in the
   * loop: at the update the test still holds, which bounds the new value.
   */
  whileBound(sym: ts.Symbol, update: ts.Node, step: number): ((env: Env) => number | undefined) | undefined {
    const stmt = update.parent;
    if (!ts.isExpressionStatement(stmt) || !ts.isBlock(stmt.parent) || !ts.isWhileStatement(stmt.parent.parent)) return undefined;
    const loop = stmt.parent.parent;
    if (loop.statement !== stmt.parent) return undefined;
    let cond = loop.expression;
    while (ts.isBinaryExpression(cond) && cond.operatorToken.kind === SK.AmpersandAmpersandToken) cond = cond.left;
    if (!ts.isBinaryExpression(cond)) return undefined;
    let count = 0;
    const others = (n: ts.Node): void => {
      if (n !== stmt && this.writesInside(sym, n)) count++;
    };
    stmt.parent.statements.forEach(others);
    if (count || this.writesInside(sym, loop.expression)) return undefined;
    const op = cond.operatorToken.kind;
    const isSym = (e: ts.Expression) => ts.isIdentifier(e) && this.symbolOf(e) === sym;
    // Normalise to `sym REL other`.
    let rel = op;
    let other: ts.Expression;
    if (isSym(cond.left)) other = cond.right;
    else if (isSym(cond.right)) {
      other = cond.left;
      rel = (FLIP[op] ?? op) as ts.BinaryOperator;
    } else return undefined;
    return this.boundFrom(rel, other, step);
  }

  boundFrom(rel: ts.SyntaxKind, limit: ts.Expression, step: number): ((env: Env) => number | undefined) | undefined {
    if (step > 0 && rel === SK.LessThanToken) return (env) => this.rangeOf(limit, env)?.[1];
    if (step > 0 && rel === SK.LessThanEqualsToken) return (env) => { const r = this.rangeOf(limit, env); return r && r[1] + 1; };
    if (step < 0 && rel === SK.GreaterThanToken) return (env) => this.rangeOf(limit, env)?.[0];
    if (step < 0 && rel === SK.GreaterThanEqualsToken) return (env) => { const r = this.rangeOf(limit, env); return r && r[0] - 1; };
    return undefined;
  }

  forBound(sym: ts.Symbol, update: ts.Node, step: number): ((env: Env) => number | undefined) | undefined {
    const loop = update.parent;
    if (!ts.isForStatement(loop) || loop.incrementor !== update || !loop.condition) return undefined;
    const init = loop.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || !init.declarations.some((d) => this.symbolOf(d.name) === sym)) return undefined;
    const cond = loop.condition;
    if (!ts.isBinaryExpression(cond) || !ts.isIdentifier(cond.left) || this.symbolOf(cond.left) !== sym) return undefined;
    if (this.writesInside(sym, loop.statement) || this.writesInside(sym, cond.right)) return undefined;
    return this.boundFrom(cond.operatorToken.kind, cond.right, step);
  }

  writesInside(sym: ts.Symbol, root: ts.Node): boolean {
    return writesSymbol(this.checker, sym, root);
  }

  /**
   * The fixpoint, optimistic: every variable starts with no values (EMPTY)
   * and grows; one that is still growing after a few rounds (a counter with
   * no bound) is widened to "not an integer", as is one with a definition
   * that is not an integer expression.
   */
  solve(): Map<ts.Symbol, Range> {
    const alive = new Set([...this.candidates].filter((s) => !this.poisoned.has(s) && this.definitions.has(s)));
    const ranges = new Map<ts.Symbol, Range>();
    const env: Env = { rangeOf: (s) => (alive.has(s) ? ranges.get(s) ?? EMPTY : undefined) };
    for (let round = 0; ; round++) {
      if (round > 1000) return new Map();
      let changed = false;
      for (const s of [...alive]) {
        this.returnRange.clear();
        let r: Range | undefined = EMPTY;
        for (const d of this.definitions.get(s)!) {
          const dr = d(env);
          if (!dr) { r = undefined; break; }
          r = union(r, dr);
        }
        const old = ranges.get(s) ?? EMPTY;
        let merged = r && okVariable(union(old, r));
        if (!merged) { alive.delete(s); changed = true; continue; }
        if (merged[0] !== old[0] || merged[1] !== old[1]) {
          changed = true;
          // Widening: a bound still moving after many rounds (a recursion
          // such as f(n - 1) growing one step a round) jumps to ±2^53; the
          // narrowing below may take it back.
          if (round > 30 && !isEmpty(old)) merged = [merged[0] < old[0] ? -LIMIT : merged[0], merged[1] > old[1] ? LIMIT : merged[1]];
          if (round > 60) { alive.delete(s); continue; }
          ranges.set(s, merged);
        }
      }
      if (!changed) break;
    }
    const result = new Map([...ranges].filter(([s, r]) => alive.has(s) && !isEmpty(r)));
    return this.narrow(result) ?? result;
  }

  /** The ranges every definition gives from `ranges` (undefined if one is not an integer). */
  step(ranges: Map<ts.Symbol, Range>): Map<ts.Symbol, Range> | undefined {
    const env: Env = { rangeOf: (s) => ranges.get(s) };
    const out = new Map<ts.Symbol, Range>();
    for (const s of ranges.keys()) {
      this.returnRange.clear();
      let r: Range = EMPTY;
      for (const d of this.definitions.get(s)!) {
        const dr = d(env);
        if (!dr) return undefined;
        r = union(r, dr);
      }
      out.set(s, r);
    }
    return out;
  }

  /**
   * Narrowing after widening: from a solution S (every definition's range
   * within S), apply the definitions a few times. The result is accepted
   * only if it is itself a solution (checked: every definition's range lies
   * within it), so the proof never rests on the narrowing being right.
   */
  narrow(solution: Map<ts.Symbol, Range>): Map<ts.Symbol, Range> | undefined {
    let cur = solution;
    for (let i = 0; i < 8; i++) {
      const next = this.step(cur);
      if (!next) return undefined;
      const shrunk = new Map<ts.Symbol, Range>();
      for (const [s, r] of cur) {
        const n = next.get(s)!;
        if (isEmpty(n)) return undefined;
        shrunk.set(s, [Math.max(r[0], n[0]), Math.min(r[1], n[1])]);
      }
      cur = shrunk;
    }
    const check = this.step(cur);
    if (!check) return undefined;
    for (const [s, r] of cur) {
      const n = check.get(s)!;
      if (!isEmpty(n) && (n[0] < r[0] || n[1] > r[1])) return undefined;
    }
    return cur;
  }

  /** After solving: the range of each function's result, where every return is a proven integer. */
  resultRanges(solved: Map<ts.Symbol, Range>): Map<ts.Symbol, Range> {
    const env: Env = { rangeOf: (s) => solved.get(s) };
    const out = new Map<ts.Symbol, Range>();
    for (const s of this.returns.keys()) {
      this.returnRange.clear();
      const r = this.functionResult(s, env);
      if (r && !isEmpty(r) && ok(r)) out.set(s, r);
    }
    return out;
  }

  rangeOf(e: ts.Expression, env: Env): Range | undefined {
    switch (e.kind) {
      case SK.NumericLiteral: {
        const v = Number((e as ts.NumericLiteral).getText().replace(/_/g, ''));
        return Number.isInteger(v) ? ok([v, v]) : undefined;
      }
      case SK.ParenthesizedExpression:
        return this.rangeOf((e as ts.ParenthesizedExpression).expression, env);
      case SK.Identifier: {
        const s = this.symbolOf(e);
        const r = s && !this.arrays.has(s) ? env.rangeOf(s) : undefined;
        if (!r || isEmpty(r) || !this.neverWritten(s!)) return r;
        return narrowByGuards(e, r, { rangeOf: (x) => this.rangeOf(x, env), isVariable: (x) => ts.isIdentifier(x) && this.symbolOf(x) === s });
      }
      case SK.ElementAccessExpression: {
        const s = elementArraySymbol(this.checker, e);
        return s && this.arrays.has(s) ? env.rangeOf(s) : undefined;
      }
      case SK.PrefixUnaryExpression: {
        const p = e as ts.PrefixUnaryExpression;
        if (p.operator === SK.TildeToken) return I32;
        if (p.operator === SK.PlusToken && this.isNumber(p.operand)) return this.rangeOf(p.operand, env);
        if (p.operator === SK.MinusToken) {
          const r = this.rangeOf(p.operand, env);
          return r && (r[0] > 0 || r[1] < 0) ? [-r[1], -r[0]] : undefined;
        }
        return undefined;
      }
      case SK.BinaryExpression: {
        const b = e as ts.BinaryExpression;
        const op = b.operatorToken.kind;
        if (!this.isNumber(b)) return undefined;
        if (op === SK.CommaToken) return this.rangeOf(b.right, env);
        if (op >= SK.FirstAssignment && op <= SK.LastAssignment) return undefined;
        return this.binaryRange(op, this.rangeOf(b.left, env), this.rangeOf(b.right, env));
      }
      case SK.ConditionalExpression: {
        const c = e as ts.ConditionalExpression;
        const t = this.rangeOf(c.whenTrue, env);
        const f = this.rangeOf(c.whenFalse, env);
        return t && f ? union(t, f) : undefined;
      }
      case SK.CallExpression: {
        const c = e as ts.CallExpression;
        const name = calleeName(c);
        if (name === 'Math.imul') return I32;
        if (name === 'Math.floor' || name === 'Math.ceil' || name === 'Math.trunc') {
          return c.arguments.length === 1 ? this.rangeOf(c.arguments[0], env) : undefined;
        }
        if (name === 'Math.abs' && c.arguments.length === 1) {
          const r = this.rangeOf(c.arguments[0], env);
          if (!r || isEmpty(r)) return r;
          return [r[0] >= 0 ? r[0] : r[1] <= 0 ? -r[1] : 0, Math.max(Math.abs(r[0]), Math.abs(r[1]))];
        }
        if (!ts.isIdentifier(c.expression)) return undefined;
        const s = this.symbolOf(c.expression);
        return s && this.functionResult(s, env);
      }
    }
    return undefined;
  }

  functionResult(s: ts.Symbol, env: Env): Range | undefined {
    const exprs = this.returns.get(s);
    if (!exprs) return undefined;
    if (this.returnRange.has(s)) return this.returnRange.get(s);
    this.returnRange.set(s, undefined); // recursion: unknown while being computed
    let r: Range | undefined;
    for (const e of exprs) {
      const er = this.rangeOf(e, env);
      if (!er) { r = undefined; break; }
      r = union(r, er);
    }
    this.returnRange.set(s, r);
    return r;
  }

  /** The range of `l op r` (the rules of intrange.ts), or undefined when not an exact integer. */
  binaryRange(op: ts.SyntaxKind, l: Range | undefined, r: Range | undefined): Range | undefined {
    if ((l && isEmpty(l)) || (r && isEmpty(r))) return EMPTY;
    switch (op) {
      case SK.AmpersandToken: {
        const [llo, lhi] = asInt32(l);
        const [rlo, rhi] = asInt32(r);
        if (llo >= 0 && rlo >= 0) return [0, Math.min(lhi, rhi)];
        if (llo >= 0) return [0, lhi];
        if (rlo >= 0) return [0, rhi];
        return I32;
      }
      case SK.BarToken:
      case SK.CaretToken: {
        const [llo, lhi] = asInt32(l);
        const [rlo, rhi] = asInt32(r);
        return llo >= 0 && rlo >= 0 ? [0, allOnes(Math.max(lhi, rhi))] : I32;
      }
      case SK.LessThanLessThanToken: {
        const [llo, lhi] = asInt32(l);
        if (r && r[0] === r[1] && llo >= 0 && lhi * 2 ** (r[0] & 31) <= I32[1]) return [llo * 2 ** (r[0] & 31), lhi * 2 ** (r[0] & 31)];
        return I32;
      }
      case SK.GreaterThanGreaterThanToken: {
        const [llo, lhi] = asInt32(l);
        if (r && r[0] === r[1]) return [Math.floor(llo / 2 ** (r[0] & 31)), Math.floor(lhi / 2 ** (r[0] & 31))];
        return I32;
      }
      case SK.GreaterThanGreaterThanGreaterThanToken: {
        const [llo, lhi] = asInt32(l);
        if (r && r[0] === r[1]) {
          const k = r[0] & 31;
          if (k === 0) return llo >= 0 ? [llo, lhi] : U32;
          return llo >= 0 ? [Math.floor(llo / 2 ** k), Math.floor(lhi / 2 ** k)] : [0, 2 ** (32 - k) - 1];
        }
        return U32;
      }
    }
    if (!l || !r) return undefined;
    switch (op) {
      case SK.PlusToken: return ok([l[0] + r[0], l[1] + r[1]]);
      case SK.MinusToken: return ok([l[0] - r[1], l[1] - r[0]]);
      case SK.AsteriskToken: {
        const mayBeZero = (x: Range) => x[0] <= 0 && x[1] >= 0;
        if ((mayBeZero(l) && r[0] < 0) || (mayBeZero(r) && l[0] < 0)) return undefined;
        const c = [l[0] * r[0], l[0] * r[1], l[1] * r[0], l[1] * r[1]];
        return ok([Math.min(...c), Math.max(...c)]);
      }
      case SK.PercentToken: {
        if ((r[0] <= 0 && r[1] >= 0) || l[0] < 0) return undefined;
        return [0, Math.min(l[1], Math.max(Math.abs(r[0]), Math.abs(r[1])) - 1)];
      }
    }
    return undefined;
  }
}

/** Compound assignments that can keep an integer: `/=` and `**=` cannot, and poison the variable. */
export const INTEGER_COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = Object.fromEntries(
  Object.entries(COMPOUND).filter(([, op]) => op !== SK.SlashToken && op !== SK.AsteriskAsteriskToken),
);

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === kind) ?? false;
}

/**
 * A function whose every call the analysis can see, by the symbol that names
 * it: a function declaration, or a `const` bound to an arrow function or an
 * anonymous function expression (a closure called by name), in this file, not
 * exported (other modules could call it), neither a generator nor async.
 * A named function expression is left out: it can call itself by its own name.
 */
function directFunction(checker: ts.TypeChecker, sym: ts.Symbol | undefined, file: ts.SourceFile): ts.Symbol | undefined {
  const d = sym?.valueDeclaration;
  if (!sym || !d || d.getSourceFile() !== file) return undefined;
  let fn: ts.FunctionLikeDeclaration | undefined;
  if (ts.isFunctionDeclaration(d)) {
    if (hasModifier(d, SK.ExportKeyword)) return undefined;
    fn = d;
  } else if (ts.isVariableDeclaration(d) && d.initializer && ts.isVariableDeclarationList(d.parent) && (d.parent.flags & ts.NodeFlags.Const)) {
    const stmt = d.parent.parent;
    if (ts.isVariableStatement(stmt) && hasModifier(stmt, SK.ExportKeyword)) return undefined;
    const init = d.initializer;
    if (ts.isArrowFunction(init) || (ts.isFunctionExpression(init) && !init.name)) fn = init;
  }
  if (!fn || !fn.body || fn.asteriskToken || hasModifier(fn, SK.AsyncKeyword)) return undefined;
  void checker;
  return sym;
}

/** The function node of a symbol directFunction accepted. */
function functionNode(sym: ts.Symbol): ts.FunctionLikeDeclaration {
  const d = sym.valueDeclaration!;
  return ts.isVariableDeclaration(d) ? (d.initializer as ts.FunctionLikeDeclaration) : (d as ts.FunctionLikeDeclaration);
}

function calleeName(c: ts.CallExpression): string | undefined {
  const e = c.expression;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Math') return `Math.${e.name.text}`;
  return undefined;
}

/**
 * Whether an identifier (or the parenthesised expression around it) is
 * written by something other than a plain or compound assignment or ++/--:
 * a destructuring target or the binding of a for-in/for-of head.
 */
/** Whether anything in `root` writes `sym`: an assignment, `++`/`--`, or a destructuring target. */
export function writesSymbol(checker: ts.TypeChecker, sym: ts.Symbol, root: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === sym) {
      let t: ts.Node = n;
      while (ts.isParenthesizedExpression(t.parent) || ts.isNonNullExpression(t.parent)) t = t.parent;
      const p = t.parent;
      if (ts.isBinaryExpression(p) && p.left === t && p.operatorToken.kind >= SK.FirstAssignment && p.operatorToken.kind <= SK.LastAssignment) found = true;
      else if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === SK.PlusPlusToken || p.operator === SK.MinusMinusToken)) found = true;
      else if (isWritePosition(t)) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(root);
  return found;
}

export function isWritePosition(node: ts.Node): boolean {
  let n = node;
  for (;;) {
    const p = n.parent;
    if (!p) return false;
    if (ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p) || ts.isParenthesizedExpression(p) ||
      ts.isShorthandPropertyAssignment(p) || ts.isSpreadAssignment(p) || ts.isObjectLiteralExpression(p) ||
      (ts.isPropertyAssignment(p) && p.initializer === n) || (ts.isBinaryExpression(p) && p.operatorToken.kind === SK.EqualsToken && p.left === n && n !== node)) {
      if (ts.isBinaryExpression(p)) return true;
      n = p;
      continue;
    }
    if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return true;
    if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === SK.EqualsToken) return n !== node;
    return false;
  }
}

function elementArraySymbol(checker: ts.TypeChecker, e: ts.Expression): ts.Symbol | undefined {
  if (!ts.isElementAccessExpression(e) || e.questionDotToken || !ts.isIdentifier(e.expression)) return undefined;
  // Only a numeric index reads an element (a['length'] does not).
  const index = checker.getTypeAtLocation(e.argumentExpression);
  if ((index.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) === 0 || index.isUnion()) return undefined;
  return checker.getSymbolAtLocation(e.expression);
}

/** An element read `a[i]` of a proven number[]: the f64 with its i64 attached. */
export function markElementRead(ctx: FunctionContext, node: ts.ElementAccessExpression, value: llvm.Value): llvm.Value {
  const sym = elementArraySymbol(ctx.checker, node);
  const r = sym && proven.get(ctx.program)?.get(sym);
  if (!r) return value;
  const narrow = narrowType(ctx, r[0], r[1]);
  const { b, ir } = ctx;
  const int = narrow ? b.CreateSExt(b.CreateFPToSI(value, narrow), ir.i64) : b.CreateFPToSI(value, ir.i64);
  return markExact(value, int, r[0], r[1]);
}

const provenResults = new WeakMap<ProgramContext, Map<ts.Symbol, Range>>();

/** The analysis on its own (unit tests): proven variables, function results and integer arrays' element ranges. */
export function analyseIntegers(checker: ts.TypeChecker, file: ts.SourceFile): {
  variables: Map<ts.Symbol, Range>; results: Map<ts.Symbol, Range>; arrays: Map<ts.Symbol, Range>;
} {
  const a = new Analysis(checker, file);
  a.collectCandidates();
  a.collectDefinitions();
  const variables = a.solve();
  return { variables, results: a.resultRanges(variables), arrays: new Map([...variables].filter(([s]) => a.arrays.has(s))) };
}

/** Runs the analysis once per program (program.ts). */
export function registerIntegerVariables(pc: ProgramContext, file: ts.SourceFile): void {
  const { variables, results, arrays } = analyseIntegers(pc.checker, file);
  if (process.env.TSX_DEBUG_INTVARS) for (const [s, r] of variables) console.error(`intvar ${s.name}: [${r[0]}, ${r[1]}]`);
  proven.set(pc, variables);
  provenResults.set(pc, results);
  registerIntegerArrays(pc, file, arrays);
}

/** The proven range of a directly called function's result, if every return is a proven integer. */
export function functionResultRange(pc: ProgramContext, fn: ts.Symbol): Range | undefined {
  return provenResults.get(pc)?.get(fn);
}

/** The proven range of a variable, if any. */
export function symbolIntegerRange(pc: ProgramContext, sym: ts.Symbol): Range | undefined {
  return proven.get(pc)?.get(sym);
}

/** The proven range of the variable `at` names, if any. */
function integerVariableRange(ctx: FunctionContext, at: ts.Node): Range | undefined {
  if (!ts.isIdentifier(at)) return undefined;
  const map = proven.get(ctx.program);
  if (!map || map.size === 0) return undefined;
  const sym = ts.isShorthandPropertyAssignment(at.parent) ? ctx.checker.getShorthandAssignmentValueSymbol(at.parent) : ctx.checker.getSymbolAtLocation(at);
  return sym && map.get(sym);
}

/** A loaded f64 of a proven variable, with its i64 attached (exact by the proof). */
export function markVariableRead(ctx: FunctionContext, at: ts.Node, value: llvm.Value): llvm.Value {
  const r = integerVariableRange(ctx, at);
  if (!r) return value;
  const { b, ir } = ctx;
  // Through the narrowest type (intrange.ts fromExact): fptosi(sitofp iN) folds away.
  const narrow = narrowType(ctx, r[0], r[1]);
  const int = narrow ? b.CreateSExt(b.CreateFPToSI(value, narrow), ir.i64) : b.CreateFPToSI(value, ir.i64);
  return markExact(value, int, r[0], r[1]);
}
