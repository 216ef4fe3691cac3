// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The program's toJSON, toString and valueOf methods as the runtime calls
// them (rt/user_methods.zig): JSON.stringify calls toJSON, util.format's
// %s/%d/%i/%f call toString and valueOf as String(v) and Number(v) do. For
// each method some class defines, a table by type index (tag - 16) of thunks
// `(object, key, out: *Value)` calling the class's method (inherited ones
// included), or null.

import llvm from 'llvm-bindings';
import { FunctionContext, ProgramContext } from './context.js';
import { ClassInfo, MethodImpl, findSlot, loadSlot, resolveMethod } from './classes.js';
import { callClosure, resultKind } from './closures.js';
import { Kind } from './kinds.js';
import { Slot } from './typetable.js';
import { callImpl } from './members.js';
import { coerce, toValue } from './values.js';

const Linkage = llvm.Function.LinkageTypes;

interface UserMethod {
  name: string;
  table: string;
  /** Whether the runtime's call (a key string argument, ignorable) fits the method's parameters. */
  callable: (m: MethodImpl) => boolean;
}

const METHODS: UserMethod[] = [
  // Other toJSON signatures are rejected where JSON.stringify is used (checker/json.ts).
  { name: 'toJSON', table: 'tsx_json_to_json', callable: (m) => m.params.length === 0 || (m.params.length === 1 && m.params[0] === 'string') },
  { name: 'toString', table: 'tsx_to_string', callable: (m) => m.params.length === 0 },
  { name: 'valueOf', table: 'tsx_value_of', callable: (m) => m.params.length === 0 },
];

/**
 * A function-valued data member `name` taking no parameters, of an object
 * literal (`{ toString() { ... } }`) or a class (`toString = () => ...`):
 * JS calls it as it would a method.
 */
function functionMember(pc: ProgramContext, shape: ClassInfo, name: string): { slot: Slot; result: Kind } | undefined {
  const slot = findSlot(shape, name);
  const sym = shape.instanceType.getProperty(name);
  if (!slot || slot.kind !== 'ref' || slot.optional || !sym) return undefined;
  const sigs = pc.checker.getTypeOfSymbol(sym).getCallSignatures();
  if (sigs.length !== 1 || sigs[0].getParameters().length !== 0) return undefined;
  return { slot, result: resultKind(pc.checker.getReturnTypeOfSignature(sigs[0])) };
}

/** Whether some class of the program defines toString, valueOf or toJSON (console.log may then run program code). */
export function hasUserConversions(pc: ProgramContext): boolean {
  return [...pc.classes.values()].some((c) => c.methods.has('method:toString') || c.methods.has('method:valueOf') || c.methods.has('method:toJSON')) ||
    [...pc.classes.values(), ...pc.literalShapes.values()].some((s) => findSlot(s, 'toString') || findSlot(s, 'valueOf'));
}

/** Emits `<table>` and `<table>_count` for each method some class defines. */
export function emitUserMethodTables(pc: ProgramContext): void {
  for (const m of METHODS) emitTable(pc, m);
}

function emitTable(pc: ProgramContext, method: UserMethod): void {
  const ir = pc.ir;
  const saved = ir.builder.GetInsertBlock();
  const fnTy = llvm.FunctionType.get(ir.void, [ir.ptr, ir.ptr, ir.valueStruct.getPointerTo()], false);
  const classes = [...pc.classes.values()];
  let any = false;
  const literals = [...pc.literalShapes.values()];
  const entries = pc.types.all().slice().map((t) => {
    const cls = classes.find((c) => c.type === t);
    const m = cls && !cls.abstract ? resolveMethod(cls, `method:${method.name}`) : undefined;
    const shape = cls ?? literals.find((c) => c.type === t);
    const member = !m && shape && method.name !== 'toJSON' ? functionMember(pc, shape, method.name) : undefined;
    if (!(m && method.callable(m)) && !member) return llvm.Constant.getNullValue(ir.ptr);
    any = true;
    const thunk = llvm.Function.Create(fnTy, Linkage.InternalLinkage, `user.${method.name}`, ir.module);
    const ctx = new FunctionContext(pc, thunk, 'void');
    const r = m
      ? callImpl(ctx, m, thunk.getArg(0), m.params.map((k) => coerce(ctx, { kind: 'string', value: thunk.getArg(1) }, k).value))
      : callClosure(ctx, loadSlot(ctx, thunk.getArg(0), member!.slot).value, [], member!.result, []);
    if (!ctx.terminated()) {
      ctx.b.CreateStore(toValue(ctx, r), thunk.getArg(2));
      ctx.b.CreateRetVoid();
    }
    ctx.finish();
    return llvm.ConstantExpr.getBitCast(thunk, ir.ptr);
  });
  if (any) {
    const arrTy = llvm.ArrayType.get(ir.ptr, entries.length);
    new llvm.GlobalVariable(ir.module, arrTy, true, Linkage.ExternalLinkage, llvm.ConstantArray.get(arrTy, entries), method.table);
    new llvm.GlobalVariable(ir.module, ir.i32, true, Linkage.ExternalLinkage, llvm.ConstantInt.get(ir.i32, entries.length), `${method.table}_count`);
  }
  if (saved) ir.builder.SetInsertPoint(saved);
}
