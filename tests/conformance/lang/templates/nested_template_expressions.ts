// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// templates: templates nested in substitutions, conditionals and calls inside ${}, number/boolean/null formatting
const items = [
  { name: "apple", qty: 3, price: 0.5 },
  { name: "pear", qty: 0, price: 1.25 },
  { name: "kiwi", qty: 12, price: 0.2 },
];
for (const it of items) {
  console.log(`${it.name}: ${it.qty > 0 ? `${it.qty} x ${it.price.toFixed(2)} = ${`${(it.qty * it.price).toFixed(2)}`}` : `out of stock${it.price > 1 ? " (pricey)" : ""}`}`);
}
const list = `<ul>${items.map((i) => `<li class="${i.qty ? "in" : "out"}">${i.name.toUpperCase()}</li>`).join("")}</ul>`;
console.log(list);
const n = 7;
console.log(`${n}${n}` + n, `${n + n}`, `${"" + n + n}`, `${n}` === "7");
console.log(`${1 / 3} ${-0} ${1e21} ${1e-7} ${NaN} ${Infinity} ${-Infinity} ${0.1 + 0.2}`);
console.log(`${true}/${false}/${null}/${undefined}/${[1, [2, 3]]}/${[]}`);
let count = 0;
const t = `${count++}-${count++}-${(count += 10)}-${count}`;
console.log(t, count);
const depth = (k: number): string => (k === 0 ? "." : `(${depth(k - 1)})`);
console.log(depth(3), `${depth(0)}${depth(1)}`.length);
console.log(`a${""}b${``}c`, `$`, `$${n}`, `\${n}`, `{${n}}`);
