// expect-error: TS2882
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A side-effect import of a file that does not exist: TypeScript 6 rejects it itself.
import './nowhere';

console.log('main');
