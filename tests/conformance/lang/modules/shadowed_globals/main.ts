// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Module-level state reached through imported functions, closures over imported bindings, and an imported const enum.
import { register, registry, Level, makeLogger, settings } from './state';
import { summary } from './report';

const warn = makeLogger(Level.Warn);
const info = makeLogger(Level.Info);
register('alpha');
register('beta');
warn('disk low');
info('started');
settings.verbose = true;
info('verbose now');
console.log(registry.length, registry.join('+'));
console.log(summary());
