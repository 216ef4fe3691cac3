// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Default exports of named functions and classes and of a binding; default imports beside named ones; re-exported defaults.
import greet, { punctuation } from './greet';
import Counter from './counter';
import limit from './limit';
import { default as greetAgain, Counter as C2 } from './again';

console.log(greet('world'), punctuation);
const c = new Counter(3);
c.add(4);
console.log(c.value, c instanceof Counter, c instanceof C2);
console.log(limit, greetAgain('again'));
