// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions and undefined are skipped in objects and become null in arrays
interface Handlers {
  name: string;
  onClick: () => void;
  onHover?: (x: number) => number;
  count: number | undefined;
}
const h: Handlers = { name: "btn", onClick: () => {}, count: undefined };
console.log(JSON.stringify(h));
const h2: Handlers = { name: "b2", onClick: () => {}, onHover: (x: number) => x * 2, count: 3 };
console.log(JSON.stringify(h2));
const fs: Array<(() => number) | number> = [() => 1, 2, () => 3];
console.log(JSON.stringify(fs));
console.log(JSON.stringify({ list: [undefined, 1, undefined] }));
