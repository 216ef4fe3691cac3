// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Two levels down, importing from the top.
import { config } from '../../config';

console.log('leaf loaded for', config.name);
export function depth(): number {
  return 2;
}
