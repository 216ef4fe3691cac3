// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The program's heap object types (class instances, object literal shapes,
// closure environments, arrays, boxes) and the descriptor table the runtime's
// collector reads (`tsx_types`, rt/ABI.md). Each type gets a tag ≥ 16.

import llvm from 'llvm-bindings';
import { IrModule } from './runtime.js';
import { Kind } from './kinds.js';

export const FIRST_PROGRAM_TAG = 16;
export const HEADER_SIZE = 8;
/** Descriptor slot maps are built as doubles: words beyond 2^53's bits cannot be described. */
export const MAX_WORDS = 53;

export class TooLargeError extends Error {
  constructor(readonly typeName: string) {
    super(`'${typeName}' has too many fields: tsxen lays out objects of at most ${MAX_WORDS - 1} slots for now`);
  }
}

/** A slot in an object: its byte offset and kind (Values take 16 bytes, the rest 8). */
export interface Slot {
  name: string;
  kind: Kind;
  offset: number;
  /** An optional member a literal lacked at creation (lower/optional.ts): a Value that may be a hole. */
  optional?: boolean;
}

export interface ObjectType {
  tag: number;
  name: string;
  slots: Slot[];
  size: number;
  /** Descriptor flags: bit 0 marks closures (typeof gives "function"). */
  flags: number;
  /** Slots that hold raw code addresses, which the collector must not follow. */
  rawSlots: Set<string>;
  /** What console.log makes of it (rt/ABI.md, field tables). */
  shape: ShapeKind;
}

export const enum ShapeKind {
  ClassInstance = 0,
  ObjectLiteral = 1,
  Array = 2,
  Closure = 3,
  Error = 4,
  Internal = 5,
  /** A dictionary object (lower/records.ts): a Map printed as a plain object. */
  Record = 6,
}

const FIELD_KIND: Record<Kind, number> = { number: 1, boolean: 2, string: 3, ref: 4, value: 5, void: 5 };
/** rt/inspect.zig's kind_optional. */
const FIELD_OPTIONAL = 6;

export function slotSize(kind: Kind): number {
  return kind === 'value' ? 16 : 8;
}

export class TypeTable {
  private readonly types: ObjectType[] = [];

  /** Registers a type whose slots follow the header in the given order. */
  add(name: string, fields: { name: string; kind: Kind; raw?: boolean; optional?: boolean }[], flags = 0, prefix?: ObjectType, shape = ShapeKind.ClassInstance): ObjectType {
    const slots: Slot[] = prefix ? [...prefix.slots] : [];
    const rawSlots = new Set<string>(prefix?.rawSlots ?? []);
    let offset = prefix ? prefix.size : HEADER_SIZE;
    for (const f of fields) {
      slots.push(f.optional ? { name: f.name, kind: 'value', offset, optional: true } : { name: f.name, kind: f.kind, offset });
      if (f.raw) rawSlots.add(f.name);
      offset += slotSize(f.kind);
    }
    if (offset > MAX_WORDS * 8) throw new TooLargeError(name);
    const type: ObjectType = { tag: FIRST_PROGRAM_TAG + this.types.length, name, slots, size: offset, flags, rawSlots, shape };
    this.types.push(type);
    return type;
  }

  all(): readonly ObjectType[] {
    return this.types;
  }

  /** Emits `tsx_types` and `tsx_type_count` for the collector and console. */
  emit(ir: IrModule): void {
    const desc = llvm.StructType.get(ir.context, [ir.i32, ir.i32, ir.i64, ir.i64, ir.ptr]);
    const entries = this.types.map((t) => {
      let ptrMap = 0n;
      let valueMap = 0n;
      for (const s of t.slots) {
        const word = BigInt(s.offset / 8);
        if ((s.kind === 'string' || s.kind === 'ref') && !t.rawSlots.has(s.name)) ptrMap |= 1n << word;
        if (s.kind === 'value') valueMap |= 1n << word;
      }
      return llvm.ConstantStruct.get(desc, [
        llvm.ConstantInt.get(ir.i32, t.size),
        llvm.ConstantInt.get(ir.i32, t.flags),
        bigConst(ir, ptrMap),
        bigConst(ir, valueMap),
        ir.stringLiteral(t.name),
      ]);
    });
    const arrayTy = llvm.ArrayType.get(desc, entries.length);
    new llvm.GlobalVariable(ir.module, arrayTy, true, llvm.Function.LinkageTypes.ExternalLinkage, llvm.ConstantArray.get(arrayTy, entries), 'tsx_types');
    new llvm.GlobalVariable(ir.module, ir.i32, true, llvm.Function.LinkageTypes.ExternalLinkage, llvm.ConstantInt.get(ir.i32, entries.length), 'tsx_type_count');
    this.emitFieldTables(ir);
  }

  /** `tsx_type_fields`: names, offsets and kinds of each type's fields, for console.log. */
  private emitFieldTables(ir: IrModule): void {
    const Linkage = llvm.Function.LinkageTypes;
    const fieldTy = llvm.StructType.get(ir.context, [ir.ptr, ir.i32, ir.i32]);
    const tableTy = llvm.StructType.get(ir.context, [llvm.PointerType.get(fieldTy, 0), ir.i32, ir.i32]);
    const tables = this.types.map((t) => {
      const fields = t.slots.filter((s) => !t.rawSlots.has(s.name)).map((s) => llvm.ConstantStruct.get(fieldTy, [
        ir.stringLiteral(s.name), llvm.ConstantInt.get(ir.i32, s.offset), llvm.ConstantInt.get(ir.i32, s.optional ? FIELD_OPTIONAL : FIELD_KIND[s.kind]),
      ]));
      return llvm.ConstantStruct.get(tableTy, [
        llvm.ConstantExpr.getBitCast(constantTable(ir, fieldTy, fields, 'fields'), llvm.PointerType.get(fieldTy, 0)),
        llvm.ConstantInt.get(ir.i32, fields.length),
        llvm.ConstantInt.get(ir.i32, t.shape),
      ]);
    });
    const allTy = llvm.ArrayType.get(tableTy, tables.length);
    new llvm.GlobalVariable(ir.module, allTy, true, Linkage.ExternalLinkage, llvm.ConstantArray.get(allTy, tables), 'tsx_type_fields');
  }
}

/**
 * A private constant array of `entries` (structs of type `ty`) as an i8*:
 * the runtime's tables (field tables here, JSON schemas in json.ts).
 */
export function constantTable(ir: IrModule, ty: llvm.StructType, entries: llvm.Constant[], name: string): llvm.Constant {
  const arrTy = llvm.ArrayType.get(ty, entries.length);
  const g = new llvm.GlobalVariable(ir.module, arrTy, true, llvm.Function.LinkageTypes.PrivateLinkage, llvm.ConstantArray.get(arrTy, entries), name);
  return llvm.ConstantExpr.getBitCast(g, ir.ptr);
}

/**
 * An i64 constant from a slot map. ConstantInt.get takes a double, exact to
 * 2^53, so maps cover the first 53 words; TypeTable.add refuses larger types.
 */
function bigConst(ir: IrModule, bits: bigint): llvm.Constant {
  return llvm.ConstantInt.get(ir.i64, Number(bits));
}
