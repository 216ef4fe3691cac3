// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Mocha's spec reporter, closed by a plain summary line "N passed, N failed"
// (with ", N skipped") that CI reads.
'use strict';
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = this.stats;
      process.stdout.on('drain', () => {});
      setImmediate(() => console.log(`\n${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`));
    });
  }
}
module.exports = SummaryReporter;
