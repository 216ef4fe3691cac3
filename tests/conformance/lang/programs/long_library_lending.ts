// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a library lending system mixing interfaces, generics, enums, closures, Maps, Sets, destructuring and exceptions
enum Genre {
  Fiction = "fiction",
  Science = "science",
  History = "history",
}
interface Book {
  isbn: string;
  title: string;
  author: string;
  genre: Genre;
  copies: number;
}
interface Member {
  id: number;
  name: string;
  limit: number;
}
class LendingError extends Error {
  constructor(message: string, readonly code: "NO_COPIES" | "LIMIT" | "NOT_BORROWED" | "UNKNOWN") {
    super(message);
    this.name = "LendingError";
  }
}
type LendEvent = { day: number; member: number; isbn: string; action: "borrow" | "return" };
class Library {
  private books = new Map<string, Book>();
  private members = new Map<number, Member>();
  private loans = new Map<number, Set<string>>();
  private dueDates = new Map<string, number>();
  private listeners: Array<(msg: string) => void> = [];
  fines = new Map<number, number>();
  addBook(b: Book): void {
    const existing = this.books.get(b.isbn);
    if (existing) existing.copies += b.copies;
    else this.books.set(b.isbn, { ...b });
  }
  join(name: string, limit: number = 2): Member {
    const m = { id: this.members.size + 1, name, limit };
    this.members.set(m.id, m);
    return m;
  }
  onEvent(f: (msg: string) => void): () => void {
    this.listeners.push(f);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== f);
    };
  }
  private emit(msg: string): void {
    for (const l of this.listeners) l(msg);
  }
  borrow(memberId: number, isbn: string, day: number): void {
    const m = this.members.get(memberId);
    const b = this.books.get(isbn);
    if (!m || !b) throw new LendingError(`unknown member ${memberId} or book ${isbn}`, "UNKNOWN");
    const mine = this.loans.get(memberId) ?? new Set<string>();
    if (mine.size >= m.limit) throw new LendingError(`${m.name} reached limit ${m.limit}`, "LIMIT");
    if (b.copies === 0) throw new LendingError(`no copies of "${b.title}"`, "NO_COPIES");
    b.copies--;
    mine.add(isbn);
    this.loans.set(memberId, mine);
    this.dueDates.set(memberId + ":" + isbn, day + 14);
    this.emit(`day ${day}: ${m.name} borrowed "${b.title}"`);
  }
  giveBack(memberId: number, isbn: string, day: number): void {
    const mine = this.loans.get(memberId);
    if (!mine || !mine.has(isbn)) throw new LendingError(`member ${memberId} does not have ${isbn}`, "NOT_BORROWED");
    mine.delete(isbn);
    this.books.get(isbn)!.copies++;
    const key = memberId + ":" + isbn;
    const late = day - (this.dueDates.get(key) ?? day);
    this.dueDates.delete(key);
    if (late > 0) this.fines.set(memberId, (this.fines.get(memberId) ?? 0) + late * 0.25);
    this.emit(`day ${day}: ${this.members.get(memberId)!.name} returned ${isbn}${late > 0 ? ` (${late} days late)` : ""}`);
  }
  byGenre(): Record<Genre, string[]> {
    const out: Record<Genre, string[]> = { [Genre.Fiction]: [], [Genre.Science]: [], [Genre.History]: [] };
    for (const { genre, title } of this.books.values()) out[genre].push(title);
    return out;
  }
  outstanding(): string[] {
    const out: string[] = [];
    for (const [mid, set] of this.loans) for (const isbn of set) out.push(`${this.members.get(mid)!.name}:${isbn}`);
    return out.sort();
  }
}
const lib = new Library();
const messages: string[] = [];
const stop = lib.onEvent((m) => messages.push(m));
let eventCount = 0;
lib.onEvent(() => eventCount++);
const books: Book[] = [
  { isbn: "111", title: "Dune", author: "Herbert", genre: Genre.Fiction, copies: 1 },
  { isbn: "222", title: "Cosmos", author: "Sagan", genre: Genre.Science, copies: 2 },
  { isbn: "333", title: "SPQR", author: "Beard", genre: Genre.History, copies: 1 },
  { isbn: "111", title: "Dune", author: "Herbert", genre: Genre.Fiction, copies: 1 },
];
books.forEach((b) => lib.addBook(b));
const ann = lib.join("ann");
const ben = lib.join("ben", 1);
const events: LendEvent[] = [
  { day: 1, member: ann.id, isbn: "111", action: "borrow" },
  { day: 1, member: ben.id, isbn: "111", action: "borrow" },
  { day: 2, member: ann.id, isbn: "222", action: "borrow" },
  { day: 2, member: ann.id, isbn: "333", action: "borrow" },
  { day: 3, member: ben.id, isbn: "333", action: "borrow" },
  { day: 3, member: 3, isbn: "333", action: "borrow" },
  { day: 5, member: ben.id, isbn: "222", action: "return" },
  { day: 20, member: ann.id, isbn: "111", action: "return" },
  { day: 21, member: ben.id, isbn: "111", action: "borrow" },
  { day: 40, member: ann.id, isbn: "222", action: "return" },
];
const errors = new Map<string, number>();
for (const { day, member, isbn, action } of events) {
  try {
    if (action === "borrow") lib.borrow(member, isbn, day);
    else lib.giveBack(member, isbn, day);
  } catch (e) {
    if (!(e instanceof LendingError)) throw e;
    errors.set(e.code, (errors.get(e.code) ?? 0) + 1);
    messages.push(`day ${day}: error ${e.code}: ${e.message}`);
  }
  if (day === 20) stop();
}
console.log(messages.join("\n"));
console.log("events seen by second listener:", eventCount);
console.log("errors:", [...errors].map(([k, v]) => k + "=" + v).join(", "));
console.log("fines:", [...lib.fines].map(([id, f]) => id + ":" + f.toFixed(2)).join(" "));
console.log("outstanding:", lib.outstanding().join(" "));
const g = lib.byGenre();
for (const genre of [Genre.Fiction, Genre.Science, Genre.History]) console.log(genre, g[genre].join("|"));
