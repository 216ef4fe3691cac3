// expect-error: TSX1105
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A side-effect import of a JavaScript file: only the program's own .ts files are compiled.
import './setup';

console.log('main');
