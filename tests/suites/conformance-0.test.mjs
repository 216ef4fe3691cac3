// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Shard 1 of the conformance suite (mocha runs shards in parallel workers).
import { conformanceSuite } from '../harness/conformance.mjs';
conformanceSuite(0, 2);
