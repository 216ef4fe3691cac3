// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The standard library's functions on strings and numbers, Math, Number and
// String statics, and the numeric globals: each maps to a runtime function
// (rt/string_methods.zig, rt/number_methods.zig, rt/math.zig). A missing
// optional argument is passed as the value JS's conversion of undefined
// gives in that position (the `absent` column), as the runtime expects.

import { inlineStaticCall } from './intbuiltins.js';
import ts from '#typescript';
import { toNumberOf } from './tonumber.js';
import llvm from 'llvm-bindings';
import { FunctionContext, TypedValue } from './context.js';
import { Kind, kindOfType } from './kinds.js';
import { coerce, constantValue, makeValue } from './values.js';
import { ValueTag } from './runtime.js';
import { lowerExpr, kindOf } from './expressions.js';
import { stringLength, toStringOf, toStringValue } from './conversions.js';
import { internalError } from './errors.js';
import { checkPending } from './exceptions.js';
import { arrayLength, arrayParts, elementAddress, newArrayFromSlots } from './arrays.js';
import { collectRest } from './members.js';
import { ARRAY_STATICS, lowerArrayStatic } from './arraystatics.js';

type Arg = { kind: 'number' | 'string' | 'string?'; absent?: number | null };

/** How a runtime result becomes a JS value: NaN or null standing for undefined. */
type Result = 'number' | 'string' | 'boolean' | 'number|undefined' | 'string|undefined' | 'string[]';

interface Builtin {
  fn: string;
  args: Arg[];
  result: Result;
}

const n = (absent?: number): Arg => ({ kind: 'number', absent });
const str: Arg = { kind: 'string' };
const optStr: Arg = { kind: 'string?', absent: null };

/** String.prototype methods: the receiver is passed first. */
export const STRING_METHODS: Record<string, Builtin> = {
  charCodeAt: { fn: 'tsx_str_char_code_at', args: [n(0)], result: 'number' },
  codePointAt: { fn: 'tsx_str_code_point_at', args: [n(0)], result: 'number|undefined' },
  charAt: { fn: 'tsx_str_char_at', args: [n(0)], result: 'string' },
  at: { fn: 'tsx_str_at', args: [n(0)], result: 'string|undefined' },
  indexOf: { fn: 'tsx_str_index_of', args: [str, n(0)], result: 'number' },
  lastIndexOf: { fn: 'tsx_str_last_index_of', args: [str, n(NaN)], result: 'number' },
  includes: { fn: 'tsx_str_includes', args: [str, n(0)], result: 'boolean' },
  startsWith: { fn: 'tsx_str_starts_with', args: [str, n(0)], result: 'boolean' },
  endsWith: { fn: 'tsx_str_ends_with', args: [str, n(Infinity)], result: 'boolean' },
  slice: { fn: 'tsx_str_slice', args: [n(0), n(Infinity)], result: 'string' },
  substring: { fn: 'tsx_str_substring', args: [n(0), n(Infinity)], result: 'string' },
  substr: { fn: 'tsx_str_substr', args: [n(0), n(Infinity)], result: 'string' },
  split: { fn: 'tsx_str_split', args: [optStr, n(4294967295)], result: 'string[]' },
  repeat: { fn: 'tsx_str_repeat', args: [n(0)], result: 'string' },
  padStart: { fn: 'tsx_str_pad_start', args: [n(0), optStr], result: 'string' },
  padEnd: { fn: 'tsx_str_pad_end', args: [n(0), optStr], result: 'string' },
  trim: { fn: 'tsx_str_trim', args: [], result: 'string' },
  trimStart: { fn: 'tsx_str_trim_start', args: [], result: 'string' },
  trimEnd: { fn: 'tsx_str_trim_end', args: [], result: 'string' },
  toUpperCase: { fn: 'tsx_str_to_upper_case', args: [], result: 'string' },
  toLowerCase: { fn: 'tsx_str_to_lower_case', args: [], result: 'string' },
  replace: { fn: 'tsx_str_replace', args: [str, str], result: 'string' },
  replaceAll: { fn: 'tsx_str_replace_all', args: [str, str], result: 'string' },
  localeCompare: { fn: 'tsx_str_locale_compare', args: [str], result: 'number' },
};

/** Number.prototype methods (toString and friends without an argument are special-cased). */
export const NUMBER_METHODS: Record<string, Builtin> = {
  toFixed: { fn: 'tsx_num_to_fixed', args: [n(0)], result: 'string' },
  toString: { fn: 'tsx_num_to_string_radix', args: [n(10)], result: 'string' } as Builtin,
  toPrecision: { fn: 'tsx_num_to_precision', args: [n()], result: 'string' },
  toExponential: { fn: 'tsx_num_to_exponential', args: [n()], result: 'string' },
};

const MATH_UNARY = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp',
  'expm1', 'floor', 'fround', 'log', 'log1p', 'log10', 'log2', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'];

/** Static functions: Math.*, Number.*, String.*, and the numeric globals. */
export const STATIC_FUNCTIONS: Record<string, Builtin> = {
  ...Object.fromEntries(MATH_UNARY.map((m): [string, Builtin] => [`Math.${m}`, { fn: `tsx_math_${m}`, args: [n(NaN)], result: 'number' }])),
  'Math.atan2': { fn: 'tsx_math_atan2', args: [n(NaN), n(NaN)], result: 'number' },
  'Math.imul': { fn: 'tsx_math_imul', args: [n(0), n(0)], result: 'number' },
  'Math.pow': { fn: 'tsx_math_pow', args: [n(NaN), n(NaN)], result: 'number' },
  'Math.random': { fn: 'tsx_math_random', args: [], result: 'number' },
  'Number.isNaN': { fn: 'tsx_num_is_nan', args: [n(NaN)], result: 'boolean' },
  'Number.isFinite': { fn: 'tsx_num_is_finite', args: [n(NaN)], result: 'boolean' },
  'Number.isInteger': { fn: 'tsx_num_is_integer', args: [n(NaN)], result: 'boolean' },
  'Number.isSafeInteger': { fn: 'tsx_num_is_safe_integer', args: [n(NaN)], result: 'boolean' },
  'Number.parseFloat': { fn: 'tsx_parse_float', args: [str], result: 'number' },
  'Number.parseInt': { fn: 'tsx_parse_int', args: [str, n(0)], result: 'number' },
  parseFloat: { fn: 'tsx_parse_float', args: [str], result: 'number' },
  parseInt: { fn: 'tsx_parse_int', args: [str, n(0)], result: 'number' },
  isNaN: { fn: 'tsx_num_is_nan', args: [n(NaN)], result: 'boolean' },
  isFinite: { fn: 'tsx_num_is_finite', args: [n(NaN)], result: 'boolean' },
};

/** Functions taking any number of numbers: (f64 array, count). */
const VARIADIC: Record<string, string> = {
  'Math.max': 'tsx_math_max',
  'Math.min': 'tsx_math_min',
  'Math.hypot': 'tsx_math_hypot',
  'String.fromCharCode': 'tsx_str_from_char_code',
  'String.fromCodePoint': 'tsx_str_from_code_point',
};

export const CONSTANTS: Record<string, number> = {
  'Math.E': Math.E, 'Math.LN10': Math.LN10, 'Math.LN2': Math.LN2, 'Math.LOG10E': Math.LOG10E, 'Math.LOG2E': Math.LOG2E,
  'Math.PI': Math.PI, 'Math.SQRT1_2': Math.SQRT1_2, 'Math.SQRT2': Math.SQRT2,
  'Number.MAX_SAFE_INTEGER': Number.MAX_SAFE_INTEGER, 'Number.MIN_SAFE_INTEGER': Number.MIN_SAFE_INTEGER,
  'Number.MAX_VALUE': Number.MAX_VALUE, 'Number.MIN_VALUE': Number.MIN_VALUE, 'Number.EPSILON': Number.EPSILON,
  'Number.POSITIVE_INFINITY': Infinity, 'Number.NEGATIVE_INFINITY': -Infinity, 'Number.NaN': NaN,
};

/** The library global a name refers to (`Math`, `parseInt`, ...), when it is the library's own. */
export function libraryName(checker: ts.TypeChecker, node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) {
    const decl = checker.getSymbolAtLocation(node)?.declarations?.[0];
    return decl?.getSourceFile().isDeclarationFile ? node.text : undefined;
  }
  if (ts.isPropertyAccessExpression(node)) {
    const owner = libraryName(checker, node.expression);
    return owner && `${owner}.${node.name.text}`;
  }
  return undefined;
}

export function isStaticBuiltin(name: string): boolean {
  return name in STATIC_FUNCTIONS || name in VARIADIC || name === 'Number' || name === 'String' || ARRAY_STATICS.has(name);
}

/** `Math.PI` and friends. */
export function lowerConstant(ctx: FunctionContext, name: string): TypedValue {
  return { kind: 'number', value: ctx.ir.f64Const(CONSTANTS[name]) };
}

/** A call of a static builtin (`Math.max(a, b)`, `parseInt(s)`, `Number(x)`, `String(x)`). */
export function lowerStaticCall(ctx: FunctionContext, name: string, node: ts.CallExpression): TypedValue {
  const { b, ir } = ctx;
  if (ARRAY_STATICS.has(name)) return lowerArrayStatic(ctx, name, node);
  if (name === 'String') {
    if (!node.arguments.length) return { kind: 'string', value: ir.stringLiteral('') };
    return { kind: 'string', value: toStringOf(ctx, lowerExpr(ctx, node.arguments[0]), node.arguments[0]) };
  }
  if (name.startsWith('Number.is') && node.arguments.length) {
    // Number.isNaN & co. are false for anything that is not a number (no conversion).
    const v = lowerExpr(ctx, node.arguments[0]);
    if (v.kind !== 'number' && v.kind !== 'value') return { kind: 'boolean', value: llvm.ConstantInt.getFalse(ir.context) };
    if (v.kind === 'value') {
      const isNumber = b.CreateICmpEQ(b.CreateExtractValue(v.value, [0]), llvm.ConstantInt.get(ir.i32, ValueTag.Number));
      const spec = STATIC_FUNCTIONS[name];
      const test = b.CreateCall(ir.runtime(spec.fn, ir.i1, [ir.f64]), [b.CreateBitCast(b.CreateExtractValue(v.value, [2]), ir.f64)]);
      return { kind: 'boolean', value: b.CreateAnd(isNumber, test) };
    }
  }
  if ((name === 'isNaN' || name === 'isFinite') && node.arguments.length) {
    // The global forms convert first (isNaN("abc") is true).
    const x = toNumber(ctx, lowerExpr(ctx, node.arguments[0]));
    return { kind: 'boolean', value: b.CreateCall(ir.runtime(STATIC_FUNCTIONS[name].fn, ir.i1, [ir.f64]), [x]) };
  }
  if (name === 'Number') {
    if (!node.arguments.length) return { kind: 'number', value: ir.f64Const(0) };
    return { kind: 'number', value: toNumberOf(ctx, lowerExpr(ctx, node.arguments[0]), node.arguments[0]) };
  }
  const variadic = VARIADIC[name];
  if (variadic && node.arguments.some(ts.isSpreadElement)) {
    // Math.max(...xs): gather the arguments into an array and pass its elements.
    const all = collectRest(ctx, node.arguments, 'number');
    const a = arrayParts(ctx, all, 'number');
    const count = b.CreateFPToSI(arrayLength(ctx, all, 'number'), ir.i64);
    const first = b.CreateBitCast(elementAddress(ctx, a, llvm.ConstantInt.get(ir.i64, 0)), llvm.PointerType.get(ir.f64, 0));
    const isString = name.startsWith('String.');
    const fn = ir.runtime(variadic, isString ? ir.ptr : ir.f64, [llvm.PointerType.get(ir.f64, 0), ir.i64]);
    const r = b.CreateCall(fn, [first, count]);
    checkPending(ctx);
    return { kind: isString ? 'string' : 'number', value: r };
  }
  if (variadic) {
    const count = node.arguments.length;
    const arrTy = llvm.ArrayType.get(ir.f64, Math.max(count, 1));
    const buf = ctx.alloca(arrTy, 'args');
    node.arguments.forEach((a, i) => {
      const v = coerce(ctx, lowerExpr(ctx, a), 'number').value;
      b.CreateStore(v, b.CreateInBoundsGEP(arrTy, buf, [llvm.ConstantInt.get(ir.i32, 0), llvm.ConstantInt.get(ir.i32, i)]));
    });
    const isString = name.startsWith('String.');
    const fn = ir.runtime(variadic, isString ? ir.ptr : ir.f64, [llvm.PointerType.get(ir.f64, 0), ir.i64]);
    const r = b.CreateCall(fn, [b.CreateBitCast(buf, llvm.PointerType.get(ir.f64, 0)), llvm.ConstantInt.get(ir.i64, count)]);
    checkPending(ctx);
    return { kind: isString ? 'string' : 'number', value: r };
  }
  const inline = inlineStaticCall(ctx, name, node);
  if (inline) return inline;
  const spec = STATIC_FUNCTIONS[name];
  if (!spec) throw internalError(node, `builtin ${name}`);
  return callBuiltin(ctx, spec, [], node.arguments, node);
}

/** `s.method(...)` on a string. */
export function lowerStringMethod(ctx: FunctionContext, receiver: llvm.Value, name: string, node: ts.CallExpression): TypedValue {
  if (name === 'concat') {
    let acc = receiver;
    for (const a of node.arguments) {
      const v = toStringValue(ctx, lowerExpr(ctx, a));
      acc = ctx.b.CreateCall(ctx.ir.runtime('tsx_str_concat', ctx.ir.ptr, [ctx.ir.ptr, ctx.ir.ptr]), [acc, v]);
    }
    return { kind: 'string', value: acc };
  }
  if (name === 'toString' || name === 'valueOf') return { kind: 'string', value: receiver };
  const spec = STRING_METHODS[name];
  if (!spec) throw internalError(node, `String.prototype.${name}`);
  return callBuiltin(ctx, spec, [receiver], node.arguments, node);
}

/** `x.method(...)` on a number. */
export function lowerNumberMethod(ctx: FunctionContext, receiver: llvm.Value, name: string, node: ts.CallExpression): TypedValue {
  const ir = ctx.ir;
  const noArg = node.arguments.length === 0;
  if (name === 'toString' && noArg) return { kind: 'string', value: ctx.b.CreateCall(ir.runtime('tsx_str_from_number', ir.ptr, [ir.f64]), [receiver]) };
  if (name === 'toPrecision' && noArg) return lowerNumberMethod(ctx, receiver, 'toString', node);
  if (name === 'toExponential' && noArg) {
    return { kind: 'string', value: ctx.b.CreateCall(ir.runtime('tsx_num_to_exponential_shortest', ir.ptr, [ir.f64]), [receiver]) };
  }
  if (name === 'valueOf') return { kind: 'number', value: receiver };
  const spec = NUMBER_METHODS[name];
  if (!spec) throw internalError(node, `Number.prototype.${name}`);
  return callBuiltin(ctx, spec, [receiver], node.arguments, node);
}

function callBuiltin(ctx: FunctionContext, spec: Builtin, leading: llvm.Value[], args: readonly ts.Expression[], node: ts.Node): TypedValue {
  const { b, ir } = ctx;
  const values: llvm.Value[] = [...leading];
  const types: llvm.Type[] = leading.map((v) => v.getType());
  spec.args.forEach((a, i) => {
    const given = args[i];
    if (a.kind === 'number') {
      types.push(ir.f64);
      values.push(given ? coerce(ctx, lowerExpr(ctx, given), 'number').value : ir.f64Const(a.absent ?? NaN));
    } else {
      types.push(ir.ptr);
      values.push(given ? coerce(ctx, lowerExpr(ctx, given), 'string').value : llvm.Constant.getNullValue(ir.ptr));
    }
  });
  if (spec.result === 'string[]') {
    const countSlot = ctx.alloca(ir.i32, 'count');
    const slots = b.CreateCall(ir.runtime(spec.fn, ir.ptr, [...types, llvm.PointerType.get(ir.i32, 0)]), [...values, countSlot]);
    checkPending(ctx);
    const count = b.CreateZExt(b.CreateLoad(ir.i32, countSlot), ir.i64);
    return { kind: 'ref', value: newArrayFromSlots(ctx, 'string', slots, count) };
  }
  const ret = spec.result === 'number' || spec.result === 'number|undefined' ? ir.f64
    : spec.result === 'boolean' ? ir.i1 : ir.ptr;
  const r = b.CreateCall(ir.runtime(spec.fn, ret, types), values);
  checkPending(ctx);
  switch (spec.result) {
    case 'number':
      return { kind: 'number', value: r };
    case 'boolean':
      return { kind: 'boolean', value: r };
    case 'string':
      return { kind: 'string', value: r };
    case 'number|undefined': {
      // NaN stands for undefined (codePointAt past the end).
      const isNaN = b.CreateFCmpUNE(r, r); // only NaN is unequal to itself
      const asNumber = makeValue(ctx, ValueTag.Number, b.CreateBitCast(r, ir.i64));
      return { kind: 'value', value: b.CreateSelect(isNaN, constantValue(ctx, ValueTag.Undefined), asNumber) };
    }
    case 'string|undefined': {
      const isNull = b.CreateICmpEQ(r, llvm.Constant.getNullValue(ir.ptr));
      const asString = makeValue(ctx, ValueTag.String, b.CreatePtrToInt(r, ir.i64));
      return { kind: 'value', value: b.CreateSelect(isNull, constantValue(ctx, ValueTag.Undefined), asString) };
    }
  }
  void node;
  throw new Error('unreachable');
}

/** ECMA ToNumber for the kinds tsxen has (Number(x)). */
export function toNumber(ctx: FunctionContext, v: TypedValue): llvm.Value {
  const { b, ir } = ctx;
  switch (v.kind) {
    case 'number':
      return v.value;
    case 'boolean':
      return b.CreateUIToFP(v.value, ir.f64);
    case 'string':
      return b.CreateCall(ir.runtime('tsx_str_to_number', ir.f64, [ir.ptr]), [v.value]);
    default:
      return b.CreateCall(ir.runtime('tsx_value_to_number', ir.f64, [ir.i64, ir.i64]), [b.CreateZExt(b.CreateExtractValue(coerce(ctx, v, 'value').value, [0]), ir.i64), b.CreateExtractValue(coerce(ctx, v, 'value').value, [2])]);
  }
}

/** `s[i]` on a string: the code unit as a one-unit string; out of range is a panic (JS: undefined). */
export function lowerStringIndex(ctx: FunctionContext, s: llvm.Value, index: llvm.Value): TypedValue {
  const { b, ir } = ctx;
  const r = b.CreateCall(ir.runtime('tsx_str_index', ir.ptr, [ir.ptr, ir.f64]), [s, index]);
  const ok = ctx.newBlock('strindex.ok');
  const bad = ctx.newBlock('strindex.bad');
  b.CreateCondBr(b.CreateICmpEQ(r, llvm.Constant.getNullValue(ir.ptr)), bad, ok);
  b.SetInsertPoint(bad);
  b.CreateCall(ir.runtime('tsx_panic_index', ir.void, [ir.f64, ir.f64]), [index, b.CreateUIToFP(stringLength(ctx, s), ir.f64)]);
  b.CreateUnreachable();
  b.SetInsertPoint(ok);
  return { kind: 'string', value: r };
}

