// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// parsed arrays of objects work with array methods and print like Node's
interface Order {
  id: number;
  item: string;
  qty: number;
  price: number;
}
const orders: Order[] = JSON.parse(`[
  {"id": 1, "item": "apple", "qty": 3, "price": 0.5},
  {"id": 2, "item": "pear", "qty": 1, "price": 0.75},
  {"id": 3, "item": "fig", "qty": 12, "price": 0.2}
]`);
const total = orders.reduce((sum, o) => sum + o.qty * o.price, 0);
console.log(orders.length, total.toFixed(2));
console.log(orders.filter((o) => o.qty > 2).map((o) => o.item).join(","));
console.log(orders[0]);
console.log(JSON.stringify(orders.map((o) => ({ id: o.id, cost: o.qty * o.price }))));
orders.push({ id: 4, item: "kiwi", qty: 2, price: 1 });
console.log(JSON.stringify(orders, ["id", "item"], 1));
