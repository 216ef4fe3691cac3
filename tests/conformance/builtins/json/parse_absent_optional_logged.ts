// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: an optional property absent from parsed text stays absent (console.log omits it, `in` is false)
interface Addr { street: string; zip?: string; }
const a: Addr = JSON.parse('{"street":"Main"}');
console.log(a);
const list: Addr[] = JSON.parse('[{"street":"x","zip":"1"},{"street":"y"}]');
console.log(list, "zip" in a);
