// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// TBAA tags on Array header and element accesses (compiler/src/toolchain/tbaa.ts):
// only loads and stores whose address is a named header or element address.

import assert from 'node:assert/strict';
import { addArrayTbaa } from '../../dist/compiler/toolchain/tbaa.js';

describe('array TBAA tags', () => {
  it('tags header and element accesses through their named addresses, and nothing else', () => {
    const ir = [
      'define void @f(i8* %a) !dbg !7 {',
      '  %tsx.hdr = bitcast i8* %a to double*',
      '  %len = load double, double* %tsx.hdr, align 8',
      '  %tsx.elt12 = bitcast i8* %a to double*',
      '  store double %len, double* %tsx.elt12, align 8, !dbg !9',
      '  %p = bitcast i8* %a to double**',
      '  store double* %tsx.hdr, double** %p, align 8',
      '  %other = load double, double* %p2, align 8',
      '  ret void',
      '}',
      '!9 = !DILocation(line: 1, column: 1, scope: !7)',
    ].join('\n');
    const out = addArrayTbaa(ir).split('\n');
    assert.equal(out[2], '  %len = load double, double* %tsx.hdr, align 8, !tbaa !13');
    assert.equal(out[4], '  store double %len, double* %tsx.elt12, align 8, !dbg !9, !tbaa !14');
    // The header address stored as a value is not an access to the header.
    assert.equal(out[6], '  store double* %tsx.hdr, double** %p, align 8');
    assert.equal(out[7], '  %other = load double, double* %p2, align 8');
    // New metadata numbered after the module's own (the highest was !9).
    assert.deepEqual(out.slice(11, 16), [
      '!10 = !{!"tsxen TBAA"}',
      '!11 = !{!"Array header", !10, i64 0}',
      '!12 = !{!"Array elements", !10, i64 0}',
      '!13 = !{!11, !11, i64 0}',
      '!14 = !{!12, !12, i64 0}',
    ]);
  });

  it('leaves a module without named accesses unchanged', () => {
    const ir = 'define void @g() {\n  ret void\n}\n';
    assert.equal(addArrayTbaa(ir), ir);
  });
});
