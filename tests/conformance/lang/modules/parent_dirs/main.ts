// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Modules in nested directories importing upwards ('../'), one module reached by two paths runs once.
import { run } from './app/run';
import { config } from './config';
import { depth } from './app/deep/leaf.js';

console.log(run(['x', 'yy', 'zzz']), config.name, depth());
