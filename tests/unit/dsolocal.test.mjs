// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Globals marked dso_local in opt's output (compiler/src/toolchain/dsolocal.ts),
// so that llc addresses them directly instead of through the GOT.

import assert from 'node:assert/strict';
import { markGlobalsDsoLocal } from '../../dist/compiler/toolchain/dsolocal.js';

describe('dso_local globals', () => {
  it('marks external declarations and definitions, leaves local, weak and marked ones alone', () => {
    const ir = [
      '@tsx_stack_limit = external local_unnamed_addr global i64',
      '@tsx_exception_pending = local_unnamed_addr global i1 false',
      '@tsx_type_count = constant i32 8',
      '@N = internal global double 4.0',
      '@str = private unnamed_addr constant [2 x i8] c"hi"',
      '@w = extern_weak global i64',
      '@d = dso_local global i64 0',
      '  store i64 0, i64* @d',
      'declare void @tsx_panic()',
    ].join('\n');
    assert.equal(markGlobalsDsoLocal(ir), [
      '@tsx_stack_limit = external dso_local local_unnamed_addr global i64',
      '@tsx_exception_pending = dso_local local_unnamed_addr global i1 false',
      '@tsx_type_count = dso_local constant i32 8',
      '@N = internal global double 4.0',
      '@str = private unnamed_addr constant [2 x i8] c"hi"',
      '@w = extern_weak global i64',
      '@d = dso_local global i64 0',
      '  store i64 0, i64* @d',
      'declare void @tsx_panic()',
    ].join('\n'));
  });
});
