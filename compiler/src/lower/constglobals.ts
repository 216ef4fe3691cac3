// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Module-level `const` numbers and booleans whose initialiser is a constant
// expression (`const STATE_HELD: number = 4; const NOT_HELD = ~STATE_HELD;`).
// Their globals start out holding the value, so the only store to them (the
// declaration running in tsx_main) stores the initial value again and LLVM's
// GlobalOpt turns every read into the constant: loop bounds and flag masks
// fold into the code that uses them.

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { IrModule } from './runtime.js';

type Constant = number | boolean;

export class ConstantGlobals {
  private readonly known = new Map<ts.Symbol, Constant>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** The initial value for the global of `id`, declared by `decl`, or undefined when it is not constant. */
  initialValue(ir: IrModule, id: ts.Identifier, decl: ts.VariableDeclaration, list: ts.VariableDeclarationList): llvm.Constant | undefined {
    if (!(list.flags & ts.NodeFlags.Const) || decl.name !== id || !decl.initializer) return undefined;
    const value = this.evaluate(decl.initializer);
    if (value === undefined) return undefined;
    const sym = this.checker.getSymbolAtLocation(id);
    if (!sym) return undefined;
    this.known.set(sym, value);
    return typeof value === 'number' ? llvm.ConstantFP.get(ir.f64, value) : llvm.ConstantInt.get(ir.i1, value ? 1 : 0);
  }

  /** The number a constant global was found to hold (after initialValue). */
  numberOf(sym: ts.Symbol): number | undefined {
    const v = this.known.get(sym);
    return typeof v === 'number' ? v : undefined;
  }

  private evaluate(e: ts.Expression): Constant | undefined {
    if (ts.isParenthesizedExpression(e)) return this.evaluate(e.expression);
    if (ts.isNumericLiteral(e)) return Number(e.text);
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (ts.isIdentifier(e)) {
      const sym = this.checker.getSymbolAtLocation(e);
      return sym ? this.known.get(sym) : undefined;
    }
    if (ts.isPrefixUnaryExpression(e)) {
      const v = this.evaluate(e.operand);
      if (typeof v !== 'number') return undefined;
      switch (e.operator) {
        case ts.SyntaxKind.MinusToken: return -v;
        case ts.SyntaxKind.PlusToken: return v;
        case ts.SyntaxKind.TildeToken: return ~v;
      }
      return undefined;
    }
    if (ts.isBinaryExpression(e)) {
      const l = this.evaluate(e.left);
      const r = this.evaluate(e.right);
      if (typeof l !== 'number' || typeof r !== 'number') return undefined;
      switch (e.operatorToken.kind) {
        case ts.SyntaxKind.PlusToken: return l + r;
        case ts.SyntaxKind.MinusToken: return l - r;
        case ts.SyntaxKind.AsteriskToken: return l * r;
        case ts.SyntaxKind.SlashToken: return l / r;
        case ts.SyntaxKind.PercentToken: return l % r;
        case ts.SyntaxKind.BarToken: return l | r;
        case ts.SyntaxKind.AmpersandToken: return l & r;
        case ts.SyntaxKind.CaretToken: return l ^ r;
        case ts.SyntaxKind.LessThanLessThanToken: return l << r;
        case ts.SyntaxKind.GreaterThanGreaterThanToken: return l >> r;
        case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken: return l >>> r;
      }
    }
    return undefined;
  }
}
