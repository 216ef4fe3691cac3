// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: an entity hierarchy stored in generic repositories with constrained type parameters, statics and queries
abstract class Entity {
  private static nextId = 1;
  readonly id: number;
  constructor() {
    this.id = Entity.nextId++;
  }
  abstract describe(): string;
  static issued(): number {
    return Entity.nextId - 1;
  }
}
class User extends Entity {
  constructor(readonly name: string, readonly age: number) {
    super();
  }
  describe(): string {
    return "User " + this.name + " (" + this.age + ")";
  }
}
class Admin extends User {
  constructor(name: string, age: number, readonly level: number) {
    super(name, age);
  }
  describe(): string {
    return "Admin " + this.name + " L" + this.level;
  }
}
class Product extends Entity {
  constructor(readonly title: string, readonly price: number) {
    super();
  }
  describe(): string {
    return this.title + " @ " + this.price.toFixed(2);
  }
}
class Repository<T extends Entity> {
  protected rows: T[] = [];
  static created = 0;
  constructor(readonly label: string) {
    Repository.created++;
  }
  insert(x: T): T {
    this.rows.push(x);
    return x;
  }
  byId(id: number): T | undefined {
    for (const r of this.rows) if (r.id === id) return r;
    return undefined;
  }
  where(p: (x: T) => boolean): T[] {
    return this.rows.filter(p);
  }
  remove(id: number): boolean {
    const before = this.rows.length;
    this.rows = this.rows.filter((r) => r.id !== id);
    return this.rows.length < before;
  }
  count(): number {
    return this.rows.length;
  }
  project<R>(f: (x: T) => R): R[] {
    const out: R[] = [];
    for (const r of this.rows) out.push(f(r));
    return out;
  }
  report(): string {
    return this.label + "[" + this.rows.map((r) => r.describe()).join("; ") + "]";
  }
}
class UserRepository extends Repository<User> {
  constructor() {
    super("users");
  }
  adults(): User[] {
    return this.where((u) => u.age >= 18);
  }
  report(): string {
    return super.report() + " adults=" + this.adults().length;
  }
}
class PriceIndex<T extends Product> extends Repository<T> {
  total(): number {
    let s = 0;
    for (const p of this.rows) s += p.price;
    return Math.round(s * 100) / 100;
  }
  cheapest(): T | undefined {
    let best: T | undefined;
    for (const p of this.rows) if (best === undefined || p.price < best.price) best = p;
    return best;
  }
}
const users = new UserRepository();
users.insert(new User("ann", 34));
users.insert(new User("bob", 12));
const root = users.insert(new Admin("root", 40, 9));
users.insert(new User("cy", 18));
const shop = new PriceIndex<Product>("shop");
shop.insert(new Product("pen", 1.5));
shop.insert(new Product("book", 12.25));
shop.insert(new Product("mug", 4));
console.log(users.report());
console.log(shop.report(), shop.total(), shop.cheapest()?.title);
console.log(users.byId(root.id)?.describe(), users.byId(999) === undefined);
console.log(users.project((u) => u.name.toUpperCase()).join(","), shop.project((p) => p.price > 2).join(","));
console.log(users.remove(2), users.remove(2), users.count(), users.adults().map((u) => u.name).join("+"));
const anyRepo: Repository<Entity>[] = [new Repository<Entity>("mixed")];
anyRepo[0].insert(new Product("lamp", 20));
anyRepo[0].insert(new Admin("eve", 50, 1));
console.log(anyRepo[0].report(), anyRepo[0].where((e) => e instanceof User).length);
console.log(Entity.issued(), Repository.created, root instanceof Admin, root instanceof Product);
