// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// What the subset checker accepts of typed arrays, ArrayBuffer and DataView
// (spec/typedarrays.md). Each hook answers undefined when the node is not
// about binary data, so that the general rules apply.

import ts from '#typescript';
import { Code } from '../diagnostics.js';
import { arrayElementKind } from '../lower/arrays.js';
import { kindOfType } from '../lower/kinds.js';
import {
  typedIteratorCall, TYPED_ARRAY_CODES, TYPED_ARRAY_METHODS, TYPED_ARRAY_PROPERTIES, isArrayBufferType, isDataViewType, typedArrayCode,
} from '../lower/typedarrays.js';
import { DATAVIEW_METHODS } from '../lower/dataview.js';

export interface CheckerHost {
  checker: ts.TypeChecker;
  expression(node: ts.Expression): void;
  report(code: number, node: ts.Node, message: string): void;
}

function libraryGlobal(checker: ts.TypeChecker, node: ts.Expression): string | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const decl = checker.getSymbolAtLocation(node)?.declarations?.[0];
  return decl?.getSourceFile().isDeclarationFile ? node.text : undefined;
}

/** A value tsxen can turn into typed array elements: a number[] or a typed array. */
function isNumberSource(checker: ts.TypeChecker, type: ts.Type): boolean {
  return typedArrayCode(type) !== undefined || arrayElementKind(checker, type) === 'number';
}

function reject(h: CheckerHost, node: ts.Node, message: string): false {
  h.report(Code.UnsupportedApi, node, message);
  return false;
}

function numbers(h: CheckerHost, args: readonly ts.Expression[], what: string): boolean {
  for (const a of args) {
    if (kindOfType(h.checker.getTypeAtLocation(a)) !== 'number') return reject(h, a, `${what} takes numbers here in tsxen.`);
    h.expression(a);
  }
  return true;
}

/** Typed arrays can be iterated (for-of) and spread, and so can their keys(), values() and entries(). */
export function isTypedArrayIterable(type: ts.Type): boolean {
  return typedArrayCode(type) !== undefined;
}

/** `for (x of e)` / `...e` where e is a typed array or one of its iterator calls. */
export function isTypedArrayIteration(checker: ts.TypeChecker, e: ts.Expression): boolean {
  return typedIteratorCall(checker, e) !== undefined || typedArrayCode(checker.getNonNullableType(checker.getTypeAtLocation(e))) !== undefined;
}

/** keys()/values()/entries() make no iterator objects: they may only be iterated or spread at once. */
function iteratedAtOnce(call: ts.CallExpression): boolean {
  const p = call.parent;
  return (ts.isForOfStatement(p) && p.expression === call) || ts.isSpreadElement(p);
}

/** `new ArrayBuffer(n)`, `new DataView(buffer, ...)`, `new XArray(...)`. */
export function checkBinaryDataNew(h: CheckerHost, node: ts.NewExpression): boolean | undefined {
  const name = libraryGlobal(h.checker, node.expression);
  if (!name) return undefined;
  const args = node.arguments ?? [];
  if (args.some(ts.isSpreadElement)) return undefined;
  const typeOf = (e: ts.Expression) => h.checker.getNonNullableType(h.checker.getTypeAtLocation(e));
  if (name === 'ArrayBuffer') {
    if (args.length > 1) return reject(h, args[1], 'A resizable ArrayBuffer is not supported by tsxen yet.');
    return numbers(h, args, 'new ArrayBuffer');
  }
  if (name === 'SharedArrayBuffer') return reject(h, node, 'SharedArrayBuffer is not supported by tsxen (there is no shared memory).');
  if (name === 'DataView') {
    if (!args[0] || !isArrayBufferType(typeOf(args[0]))) return reject(h, node, 'new DataView needs an ArrayBuffer in tsxen.');
    h.expression(args[0]);
    return numbers(h, args.slice(1), 'new DataView');
  }
  if (name === 'BigInt64Array' || name === 'BigUint64Array') return reject(h, node, `'${name}' is not supported by tsxen: it has no BigInt.`);
  if (!TYPED_ARRAY_CODES[name]) return undefined;
  if (args.length === 0) return true;
  const first = typeOf(args[0]);
  if (isArrayBufferType(first)) {
    h.expression(args[0]);
    return numbers(h, args.slice(1), `new ${name}(buffer, ...)`);
  }
  if (args.length > 1) return reject(h, args[1], `new ${name} with more than one argument needs an ArrayBuffer first.`);
  if (kindOfType(first) === 'number' || isNumberSource(h.checker, first)) {
    h.expression(args[0]);
    return true;
  }
  return reject(h, args[0], `new ${name} from a '${h.checker.typeToString(first)}' is not supported by tsxen yet (a length, a number[], a typed array or an ArrayBuffer is).`);
}

/** `ta.x`, `dv.x`, `buf.x`, `XArray.BYTES_PER_ELEMENT`, read or called. */
export function checkBinaryDataMember(h: CheckerHost, node: ts.PropertyAccessExpression, mode: 'read' | 'write' | 'call'): boolean | undefined {
  const name = node.name.text;
  const ctor = libraryGlobal(h.checker, node.expression);
  if (ctor && (TYPED_ARRAY_CODES[ctor] || ctor === 'ArrayBuffer' || ctor === 'DataView')) {
    const ok = (mode === 'read' && name === 'BYTES_PER_ELEMENT' && TYPED_ARRAY_CODES[ctor] !== undefined) ||
      (mode === 'call' && ((name === 'from' || name === 'of') ? TYPED_ARRAY_CODES[ctor] !== undefined : ctor === 'ArrayBuffer' && name === 'isView'));
    return ok || reject(h, node, `'${ctor}.${name}' is not supported by tsxen yet.`);
  }
  const type = h.checker.getNonNullableType(h.checker.getTypeAtLocation(node.expression));
  const code = typedArrayCode(type);
  let ok: boolean;
  let owner: string;
  if (code) {
    owner = '%TypedArray%';
    ok = (mode === 'read' && TYPED_ARRAY_PROPERTIES.has(name)) || (mode === 'call' && TYPED_ARRAY_METHODS.has(name)) ||
      (mode === 'call' && ['keys', 'values', 'entries'].includes(name) && iteratedAtOnce(node.parent as ts.CallExpression));
    if (!ok && mode === 'call' && ['keys', 'values', 'entries'].includes(name)) {
      return reject(h, node, `'%TypedArray%.prototype.${name}' outside a for-of or a spread is not supported by tsxen yet.`);
    }
  } else if (isDataViewType(type)) {
    owner = 'DataView';
    if (mode === 'call' && /^[gs]etBig(Int|Uint)64$/.test(name)) {
      return reject(h, node.name, `'DataView.prototype.${name}' is not supported by tsxen: it has no BigInt (split the value into two 32-bit halves).`);
    }
    ok = (mode === 'read' && ['byteLength', 'byteOffset', 'buffer'].includes(name)) || (mode === 'call' && DATAVIEW_METHODS.has(name));
  } else if (isArrayBufferType(type) && kindOfType(type) === 'ref') {
    owner = 'ArrayBuffer';
    ok = (mode === 'read' && name === 'byteLength') || (mode === 'call' && name === 'slice');
  } else {
    return undefined;
  }
  if (!ok) return reject(h, node, `'${owner}.prototype.${name}' ${mode === 'write' ? 'assignment ' : ''}is not supported by tsxen yet.`);
  h.expression(node.expression);
  if (mode === 'call' && code) return checkTypedArguments(h, node.parent as ts.CallExpression, name);
  return true;
}

/** Arguments of typed array methods that tsxen takes in one form only. */
function checkTypedArguments(h: CheckerHost, call: ts.CallExpression, name: string): boolean {
  const [first] = call.arguments;
  if (name === 'set' && first && !isNumberSource(h.checker, h.checker.getNonNullableType(h.checker.getTypeAtLocation(first)))) {
    return reject(h, first, `'set' from a '${h.checker.typeToString(h.checker.getTypeAtLocation(first))}' is not supported by tsxen yet (a number[] or a typed array is).`);
  }
  if (call.arguments.some(ts.isSpreadElement)) return reject(h, call, 'Spread into a typed array method is not supported by tsxen yet.');
  return true;
}

/** `XArray.from(src, f?)`, `XArray.of(...)`, `ArrayBuffer.isView(x)`, `Array.from(typedArray)`. */
export function checkBinaryDataStaticCall(h: CheckerHost, lib: string | undefined, node: ts.CallExpression): boolean | undefined {
  if (!lib) return undefined;
  const args = node.arguments;
  const typeOf = (e: ts.Expression) => h.checker.getNonNullableType(h.checker.getTypeAtLocation(e));
  if (lib === 'Array.from') {
    if (args.length !== 1 || ts.isSpreadElement(args[0]) || typedArrayCode(typeOf(args[0])) === undefined) return undefined;
    h.expression(args[0]);
    return true;
  }
  if (lib === 'ArrayBuffer.isView') {
    args.forEach((a) => h.expression(a));
    return true;
  }
  const [owner, method] = lib.split('.');
  if (!TYPED_ARRAY_CODES[owner] || (method !== 'from' && method !== 'of')) return undefined;
  if (args.some(ts.isSpreadElement)) return reject(h, node, `Spread into '${lib}' is not supported by tsxen yet.`);
  if (method === 'of') return numbers(h, args, lib);
  const src = args[0] && typeOf(args[0]);
  if (!src || !isNumberSource(h.checker, src)) {
    return reject(h, args[0] ?? node, `'${lib}' from a '${src ? h.checker.typeToString(src) : 'nothing'}' is not supported by tsxen yet (a number[] or a typed array is).`);
  }
  if (args.length > 2) return reject(h, args[2], `'${lib}' with a thisArg is not supported by tsxen yet.`);
  if (args[1] && typedArrayCode(src) !== undefined) return reject(h, args[1], `'${lib}' of a typed array with a map function is not supported by tsxen yet (map the result instead).`);
  args.forEach((a) => h.expression(a));
  return true;
}

/** `ta[i]` needs a number index; DataView and ArrayBuffer have no elements. */
export function checkBinaryDataIndex(h: CheckerHost, node: ts.ElementAccessExpression): boolean | undefined {
  const type = h.checker.getNonNullableType(h.checker.getTypeAtLocation(node.expression));
  if (isDataViewType(type) || (isArrayBufferType(type) && kindOfType(type) === 'ref')) {
    return reject(h, node, 'Indexing an ArrayBuffer or a DataView is not supported (use a typed array view or get/set methods).');
  }
  if (typedArrayCode(type) === undefined) return undefined;
  h.expression(node.expression);
  if (kindOfType(h.checker.getTypeAtLocation(node.argumentExpression)) !== 'number') {
    return reject(h, node.argumentExpression, 'A typed array index that is not a number is not supported by tsxen.');
  }
  h.expression(node.argumentExpression);
  return true;
}

