// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Platform intrinsics: the functions declared in stdlib/lib/intrinsics.d.ts,
// which only the stdlib modules (stdlib/xen.ts) may call. Each call lowers to
// one call of a platform function of the Xen kernel (xen/xen_module.zig,
// rt/ABI.md "The xen stdlib module").

import ts from '#typescript';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { coerce, toValue, valueOrUndefined } from './values.js';
import { INTRINSIC_PREFIX } from '../program/modules.js';

type Arg = 'string' | 'number';
type Result = 'number' | 'string?';

interface Intrinsic {
  /** The platform function it calls. */
  symbol: string;
  args: Arg[];
  result: Result;
}

const INTRINSICS: Record<string, Intrinsic> = {
  __tsx_xen_domid: { symbol: 'tsx_xen_domid', args: [], result: 'number' },
  __tsx_xenstore_read: { symbol: 'tsx_xen_store_read', args: ['string'], result: 'string?' },
  __tsx_xenstore_write: { symbol: 'tsx_xen_store_write', args: ['string', 'string'], result: 'number' },
  __tsx_xenstore_remove: { symbol: 'tsx_xen_store_remove', args: ['string'], result: 'number' },
  __tsx_xenstore_directory: { symbol: 'tsx_xen_store_directory', args: ['string'], result: 'string?' },
  __tsx_evtchn_alloc_unbound: { symbol: 'tsx_evtchn_alloc_unbound', args: ['number'], result: 'number' },
  __tsx_evtchn_send: { symbol: 'tsx_evtchn_send', args: ['number'], result: 'number' },
  __tsx_evtchn_close: { symbol: 'tsx_evtchn_close', args: ['number'], result: 'number' },
};

/** The intrinsic a call names, if its callee is one declared in a .d.ts. */
export function intrinsicOf(checker: ts.TypeChecker, node: ts.CallExpression): Intrinsic | undefined {
  const callee = node.expression;
  if (!ts.isIdentifier(callee) || !callee.text.startsWith(INTRINSIC_PREFIX)) return undefined;
  const decl = checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!decl || !decl.getSourceFile().isDeclarationFile) return undefined;
  return Object.hasOwn(INTRINSICS, callee.text) ? INTRINSICS[callee.text] : undefined;
}

/** Lowers a call of an intrinsic, or returns undefined for any other call. */
export function lowerIntrinsicCall(ctx: FunctionContext, node: ts.CallExpression, lower: (e: ts.Expression) => TypedValue): TypedValue | undefined {
  const intrinsic = intrinsicOf(ctx.checker, node);
  if (!intrinsic) return undefined;
  const { b, ir } = ctx;
  const args = intrinsic.args.map((kind, i) => {
    const v = coerce(ctx, lower(node.arguments[i]), kind).value;
    return kind === 'number' ? b.CreateFPToUI(v, ir.i32) : v;
  });
  const params = intrinsic.args.map((kind) => (kind === 'number' ? ir.i32 : ir.ptr));
  const ret = intrinsic.result === 'number' ? ir.i32 : ir.ptr;
  const r = b.CreateCall(ir.runtime(intrinsic.symbol, ret, params), args);
  if (intrinsic.result === 'number') return { kind: 'number', value: b.CreateSIToFP(r, ir.f64) };
  // A null string is undefined (no such path).
  return valueOrUndefined(ctx, b.CreateICmpNE(r, llvm.ConstantPointerNull.get(ir.ptr)), () => toValue(ctx, { kind: 'string', value: r }));
}
