// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a library catalog mixing generic interfaces, F-bounded sorting, keyof lookups, object rest and literal accessors
interface Comparable<T> { compareTo(other: T): number }
interface Repository<T> {
  add(x: T): void;
  all(): T[];
  readonly size: number;
}

class Book implements Comparable<Book> {
  constructor(public title: string, public author: string, public year: number, public pages: number) {}
  compareTo(o: Book): number { return this.year - o.year || (this.title < o.title ? -1 : this.title > o.title ? 1 : 0); }
  toString(): string { return this.title + " (" + this.year + ")"; }
}

class Member implements Comparable<Member> {
  constructor(public name: string, public joined: number) {}
  compareTo(o: Member): number { return this.joined - o.joined; }
}

class ListRepo<T> implements Repository<T> {
  private items: T[] = [];
  add(x: T): void { this.items.push(x); }
  all(): T[] { return [...this.items]; }
  get size(): number { return this.items.length; }
}

function sortAll<T extends Comparable<T>>(repo: Repository<T>): T[] {
  return repo.all().sort((a, b) => a.compareTo(b));
}

function newest<T extends Comparable<T>>(repo: Repository<T>): T | undefined {
  let best: T | undefined;
  for (const x of repo.all()) if (best === undefined || x.compareTo(best) > 0) best = x;
  return best;
}

function column<T, K extends keyof T>(rows: T[], key: K): T[K][] {
  const out: T[K][] = [];
  for (const r of rows) out.push(r[key]);
  return out;
}

function fill<T>(repo: Repository<T>, xs: T[]): number {
  for (const x of xs) repo.add(x);
  return repo.size;
}

const books = new ListRepo<Book>();
fill(books, [
  new Book("Dune", "Herbert", 1965, 412),
  new Book("Neuromancer", "Gibson", 1984, 271),
  new Book("Foundation", "Asimov", 1951, 255),
  new Book("Hyperion", "Simmons", 1989, 482),
  new Book("Emma", "Austen", 1815, 474),
]);
const members = new ListRepo<Member>();
console.log(fill(members, [new Member("kay", 2019), new Member("lou", 2003), new Member("max", 2011)]), books.size);

console.log(sortAll(books).map((b) => b.toString()).join("; "));
console.log(String(newest(books)), newest(members)?.name);
console.log(column(sortAll(members), "name"), column(books.all(), "pages").reduce((a, b) => a + b, 0));
console.log(column(books.all(), "author").map((a) => a[0]).join(""));

function describe({ title, pages, ...meta }: Book): string {
  return title.padEnd(12) + String(pages).padStart(4) + " " + JSON.stringify(meta);
}
for (const b of sortAll(books).slice(0, 3)) console.log(describe(b));

interface Loan { readonly days: number; readonly overdue: boolean; extend(by: number): void; title: string }
function makeLoan(book: Book, start: number, today: () => number): Loan {
  let due = start + 14;
  return {
    title: book.title,
    get days() { return today() - start; },
    get overdue() { return today() > due; },
    extend(by: number): void { due += by; },
  };
}
let clock = 100;
const loans: Loan[] = books.all().slice(0, 3).map((b, i) => makeLoan(b, 95 + i * 5, () => clock));
const status = (): string => loans.map((l) => l.title + ":" + l.days + (l.overdue ? "!" : "")).join(" ");
console.log(status());
clock = 112;
console.log(status());
loans[0].extend(10);
clock = 120;
console.log(status(), loans.filter((l) => l.overdue).length);

function longestOf<T extends { length: number }>(xs: T[]): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (best === undefined || x.length > best.length) best = x;
  return best;
}
console.log(longestOf(column(books.all(), "title")), longestOf([column(books.all(), "year"), [1]])?.length);

type Stats = { count: number; min: number; max: number; mean: number };
function stats(xs: number[]): Stats {
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return { count: xs.length, min, max, mean: Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) };
}
const { count, ...range } = stats(column(books.all(), "pages"));
console.log(count, range);
const byDecade = new Map<number, string[]>();
for (const b of books.all()) {
  const d = Math.floor(b.year / 10) * 10;
  byDecade.set(d, [...(byDecade.get(d) ?? []), b.title]);
}
console.log([...byDecade].sort((a, b) => a[0] - b[0]).map(([d, ts]) => d + "s:" + ts.join("/")).join(" "));
