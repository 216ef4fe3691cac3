// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A shared dependency: runs once, before a.
import { log } from './log';

log('c');
export const c = 'c'.repeat(2);
