// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// the circular-structure message shortens long cycles with an ellipsis
class Link {
  next: Link | null = null;
  constructor(public id: number) {}
}
function ring(n: number): Link {
  const first = new Link(0);
  let cur = first;
  for (let i = 1; i < n; i++) {
    const l = new Link(i);
    cur.next = l;
    cur = l;
  }
  cur.next = first;
  return first;
}
for (const n of [1, 2, 3, 4, 5, 8]) {
  try {
    JSON.stringify({ start: ring(n) });
  } catch (e) {
    console.log(`ring ${n}: ${(e as Error).message}`);
  }
}
const arr: unknown[] = [1];
arr.push([arr]);
try {
  JSON.stringify(arr);
} catch (e) {
  console.log(String(e));
}
