// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON: malformed inputs throw SyntaxError with V8 messages, caught and printed; long inputs show context; a type mismatch is a TypeError
interface P { x: number; y: number; }
const bad = ['{"x":1,"y":2', '{"x":1 "y":2}', '{"x":1,,"y":2}', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,]', '{"x":1,"y":2}}', '{"x":"\u0007"}', '{"x":1,"y":2,"x":3}garbage', "{'x':1}", '{"x":-}', '   ', '{"x":1e5.5,"y":0}', '{"x":"abcdefghijklmnopqrstuvwxyz","y":1 ]'];
for (const s of bad) {
  try {
    const p: P = JSON.parse(s);
    console.log("ok", p.x, p.y);
  } catch (e) {
    if (e instanceof SyntaxError) console.log("SyntaxError:", e.message);
    else console.log("other");
  }
}
const good: P = JSON.parse('  {"x":1,"y":2}\n');
console.log(good.x + good.y);
let count = 0;
for (const s of ['[1]', '[1,]', '[1', ']', '[ 7 ]']) {
  try {
    const a: number[] = JSON.parse(s);
    count += a.length;
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
console.log(count);
