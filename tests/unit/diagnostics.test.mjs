// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The diagnostic printer: positions, code frames, colour on request.

import assert from 'node:assert/strict';
import ts from 'typescript';
import { formatDiagnostics, tsxDiagnostic, Code } from '../../dist/compiler/diagnostics.js';

function diagnosticAt(text, needle) {
  const file = ts.createSourceFile('/src/main.ts', text, ts.ScriptTarget.ES2022, true);
  let found;
  const visit = (n) => { if (!found && n.getText(file) === needle) found = n; else ts.forEachChild(n, visit); };
  visit(file);
  return tsxDiagnostic(Code.UnsupportedSyntax, found, 'A thing is not supported by tsxen yet.');
}

describe('diagnostic formatting', () => {
  it('names file, line and column (1-based) and underlines the node', () => {
    const d = diagnosticAt('let a = 1;\nlet b = a + 22;\n', '22');
    const text = formatDiagnostics([d], false, '/src');
    assert.equal(text.split('\n')[0], 'main.ts:2:13 - error TSX1001: A thing is not supported by tsxen yet.');
    assert.match(text, /^2 let b = a \+ 22;\n  {13}~~$/m);
    assert.match(text, /Found 1 error\.$/m);
  });

  it('colours only when asked', () => {
    const d = diagnosticAt('let a = 1;\n', '1');
    assert.doesNotMatch(formatDiagnostics([d], false), /\x1b\[/);
    assert.match(formatDiagnostics([d], true), /\x1b\[/);
  });

  it('counts several errors', () => {
    const d = diagnosticAt('let a = 1;\n', '1');
    assert.match(formatDiagnostics([d, d], false), /Found 2 errors\./);
  });
});
