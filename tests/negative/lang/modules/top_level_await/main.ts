// expect-error: TSX1001
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A module may await at its top level in ES (its importers wait); tsxen does not compile that.
import { answer } from './helper';

const x = await answer();
console.log(x);
