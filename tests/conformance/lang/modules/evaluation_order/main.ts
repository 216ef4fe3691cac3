// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Modules run once each, dependencies first, in import order; imports TypeScript elides (types, unused names) run nothing.
import { fromA } from './a';
import { fromB } from './b';
import type { OnlyType } from './types_only';
import { log } from './log';
import { neverUsed } from './unused';
import './effect';

log('main');
const t: OnlyType = { n: 1 };
console.log(fromA(), fromB(), t.n);
console.log(log('end'));
