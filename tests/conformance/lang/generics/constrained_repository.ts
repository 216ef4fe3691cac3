// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// generics: a generic repository class constrained to entities with an id, instantiated with classes and literals
interface Identified { id: number; describe(): string }
class Book implements Identified {
  constructor(public id: number, public title: string) {}
  describe(): string { return `Book#${this.id} ${this.title}`; }
}
class Member implements Identified {
  constructor(public id: number, public name: string, public fines: number) {}
  describe(): string { return `Member#${this.id} ${this.name} owes ${this.fines}`; }
}
class Repo<T extends Identified> {
  private items = new Map<number, T>();
  private log: string[] = [];
  add(item: T): boolean {
    if (this.items.has(item.id)) { this.log.push("dup " + item.id); return false; }
    this.items.set(item.id, item);
    this.log.push("add " + item.id);
    return true;
  }
  get(id: number): T | undefined { return this.items.get(id); }
  remove(id: number): boolean { this.log.push("rm " + id); return this.items.delete(id); }
  where(pred: (t: T) => boolean): T[] { return [...this.items.values()].filter(pred); }
  ids(): number[] { return [...this.items.keys()].sort((a, b) => a - b); }
  dump(): string[] { return [...this.items.values()].map((t) => t.describe()); }
  history(): string { return this.log.join(", "); }
  get size(): number { return this.items.size; }
}
const books = new Repo<Book>();
books.add(new Book(3, "Dune"));
books.add(new Book(1, "Emma"));
books.add(new Book(3, "Duplicate"));
books.add(new Book(2, "Ulysses"));
console.log(books.size, books.ids(), books.dump());
console.log(books.get(1)?.title, books.get(9)?.title ?? "none");
console.log(books.where((b) => b.title.length === 4).map((b) => b.title));
console.log(books.remove(3), books.remove(3), books.size, books.history());
const members = new Repo<Member>();
members.add(new Member(10, "ann", 0));
members.add(new Member(5, "bo", 2.5));
console.log(members.dump(), members.where((m) => m.fines > 0).map((m) => m.name));
const mixed = new Repo<Identified>();
mixed.add(new Book(1, "B"));
mixed.add(new Member(2, "M", 1));
mixed.add({ id: 3, describe: () => "literal#3" });
console.log(mixed.dump(), mixed.ids());
function maxById<T extends Identified>(xs: T[]): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (best === undefined || x.id > best.id) best = x;
  return best;
}
console.log(maxById([new Book(4, "x"), new Book(8, "y"), new Book(6, "z")])?.describe());
console.log(maxById<Member>([])?.describe());
