// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Which compiled functions can never leave with an exception pending (closed
// world: the whole program is lowered into one module), so that the test of
// tsx_exception_pending after a call to one of them can go.
//
// The facts are gathered while lowering, at the two places an exception can
// leave a function (exceptions.ts: routeThrow with no handler around it, or
// an async function's rejection): each such exit is either unconditional (a
// `throw`, a finally rethrowing) or follows the check after one call. A check
// after a call to a known compiled function depends on that function; every
// other check (runtime calls that raise JS errors or call back into compiled
// code, calls through closures) counts as a throw. A function may throw when
// one of its exits is unconditional or follows a call that may throw (least
// fixpoint, so mutually recursive functions that never throw are found).
// Then every check after a call to a function that cannot throw gets a
// constant false condition, and opt deletes the test.
// Panics stop the program: they are no exceptions.

import llvm from 'llvm-bindings';

/**
 * One test of the pending flag; `callee` is the compiled function just called,
 * when the test is only about it. Functions are keyed by their JS wrapper
 * objects (llvm-bindings cannot name a Function).
 */
export interface CheckSite<F = unknown> {
  callee?: F;
  /** The check's condition, `select true, flag, false`. */
  condition?: llvm.SelectInst;
}

/** The exceptional exits of the functions of one module. */
export class ThrowGraph<F = unknown> {
  /** Functions whose whole body was lowered here (their exits are all known). */
  private readonly defined = new Set<F>();
  /** Per function: the checks its exits depend on (undefined: an unconditional exit). */
  private readonly exits = new Map<F, (CheckSite<F> | undefined)[]>();
  private readonly checks: CheckSite<F>[] = [];

  /**
   * `fn` is a program body (function, method, constructor, closure) whose every
   * call that may raise is followed by a check here. Adapters and thunks that
   * pass an exception through without a check of their own are never added,
   * so checks after calls to them stay.
   */
  addFunction(fn: F): void {
    this.defined.add(fn);
  }

  /** A check after a call; `callee` when the call is a direct call to a compiled function. */
  addCheck(callee: F | undefined, condition?: llvm.SelectInst): CheckSite<F> {
    const site: CheckSite<F> = { callee, condition };
    this.checks.push(site);
    return site;
  }

  /** An exit of `fn` with the exception pending, reached from `source` (undefined: always possible). */
  addExit(fn: F, source: CheckSite<F> | undefined): void {
    const list = this.exits.get(fn) ?? [];
    list.push(source);
    this.exits.set(fn, list);
  }

  /** The functions that may leave with an exception pending: a least fixpoint. */
  throwingFunctions(): Set<F> {
    const throwing = new Set<F>();
    const mayThrow = (s: CheckSite<F> | undefined): boolean =>
      !s || s.callee === undefined || !this.defined.has(s.callee) || throwing.has(s.callee);
    let changed = true;
    while (changed) {
      changed = false;
      for (const [fn, exits] of this.exits) {
        if (!throwing.has(fn) && exits.some(mayThrow)) {
          throwing.add(fn);
          changed = true;
        }
      }
    }
    return throwing;
  }

  /** The checks that cannot see an exception: after calls to compiled functions that never throw. */
  deadChecks(): CheckSite<F>[] {
    const throwing = this.throwingFunctions();
    return this.checks.filter((s) => s.callee !== undefined && this.defined.has(s.callee) && !throwing.has(s.callee));
  }

  /** Makes the dead checks' conditions constant false; opt deletes them. */
  pruneDeadChecks(context: llvm.LLVMContext): number {
    const dead = this.deadChecks();
    for (const s of dead) s.condition?.setCondition(llvm.ConstantInt.getFalse(context));
    return dead.length;
  }
}

const graphs = new WeakMap<object, ThrowGraph<llvm.Function>>();

/** The throw graph of one program (keyed by its ProgramContext). */
export function throwGraph(program: object): ThrowGraph<llvm.Function> {
  let g = graphs.get(program);
  if (!g) graphs.set(program, (g = new ThrowGraph<llvm.Function>()));
  return g;
}
