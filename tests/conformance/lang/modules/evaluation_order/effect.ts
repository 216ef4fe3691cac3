// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Imported for its effect only: runs after log (main's earlier imports), before main.
import { log } from './log';

log('effect');
export {};
