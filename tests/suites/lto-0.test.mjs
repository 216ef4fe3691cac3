// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Shard 1 of the -O3 conformance tier: every 20th program, compiled with
// link-time optimisation against rt's bitcode (what `npm run bench` measures).
import { conformanceSuite } from '../harness/conformance.mjs';
conformanceSuite(0, 2, { opt: 3, every: 20 });
