// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Exceptions thrown in one module and caught in another; an uncaught one ends the program.
import { parseAge, AgeError, attempts } from './validate';

for (const s of ['42', 'abc', '-1', '7']) {
  try {
    console.log('age', parseAge(s));
  } catch (e) {
    if (e instanceof AgeError) console.log('AgeError', e.message, e.input);
    else throw e;
  }
}
console.log('attempts', attempts);
parseAge('oops');
console.log('not reached');
