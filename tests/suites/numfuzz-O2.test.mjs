// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Generated number-heavy programs (tests/harness/numfuzz.mjs) against Node, at -O2.
import { numfuzzSuite } from '../harness/numfuzz.mjs';
numfuzzSuite(1, 120, 2);
