// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Objects whose type Error also satisfies ({ name }, { name, message }) convert to "[object Object]", while real errors in the same array give "Name: message"
interface Named {
  name: string;
}
interface Failure {
  name: string;
  message: string;
}
class Tagged {
  constructor(public name: string) {}
}
class Custom extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Custom';
  }
}

const named: Named[] = [{ name: 'x' }, new Tagged('t')];
console.log(named.join());
console.log(String(named[0]), `${named[1]}`, '' + named[0]);

const failures: Failure[] = [{ name: 'a', message: 'b' }, new Error('boom'), new RangeError('r'), new Custom('c'), { name: '', message: 'only' }];
console.log(failures.join(' | '));
for (const f of failures) console.log(String(f), f.name.length, f.message);
const e: Failure = new Error('');
console.log(`[${e}]`);
