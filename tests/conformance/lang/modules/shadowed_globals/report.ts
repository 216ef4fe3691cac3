// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Reads the state another module changed.
import { registry, messageCount, settings } from './state';

export function summary(): string {
  return `${registry.length} registered, ${messageCount()} messages, verbose=${settings.verbose}`;
}
