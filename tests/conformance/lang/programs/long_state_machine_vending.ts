// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a vending machine state machine with enum states, a transition table of closures and error handling
enum State {
  Idle = "Idle",
  Collecting = "Collecting",
  Dispensing = "Dispensing",
  Maintenance = "Maintenance",
}
type Input =
  | { kind: "coin"; cents: number }
  | { kind: "select"; slot: string }
  | { kind: "cancel" }
  | { kind: "dispensed" }
  | { kind: "service"; on: boolean }
  | { kind: "restock"; slot: string; count: number };
class InvalidTransition extends Error {
  constructor(public state: State, public input: string) {
    super(`cannot ${input} while ${state}`);
    this.name = "InvalidTransition";
  }
}
interface Slot {
  name: string;
  price: number;
  count: number;
}
class Machine {
  state: State = State.Idle;
  credit = 0;
  bank = 0;
  private pending: Slot | null = null;
  private slots = new Map<string, Slot>();
  readonly transcript: string[] = [];
  private handlers: Record<State, (i: Input) => State>;
  constructor(slots: Slot[]) {
    for (const s of slots) this.slots.set(s.name, { ...s });
    const coin = (i: Input): State => {
      if (i.kind !== "coin") throw new InvalidTransition(this.state, i.kind);
      if (![5, 10, 25, 100].includes(i.cents)) {
        this.say(`rejected coin ${i.cents}`);
        return this.state;
      }
      this.credit += i.cents;
      this.say(`credit ${this.credit}`);
      return State.Collecting;
    };
    this.handlers = {
      [State.Idle]: (i) => {
        if (i.kind === "service") return i.on ? State.Maintenance : State.Idle;
        if (i.kind === "select") {
          this.say("insert coins first");
          return State.Idle;
        }
        return coin(i);
      },
      [State.Collecting]: (i) => {
        switch (i.kind) {
          case "coin":
            return coin(i);
          case "cancel":
            this.say(`refund ${this.credit}`);
            this.credit = 0;
            return State.Idle;
          case "select": {
            const s = this.slots.get(i.slot);
            if (!s) {
              this.say(`no slot ${i.slot}`);
              return State.Collecting;
            }
            if (s.count === 0) {
              this.say(`${s.name} sold out`);
              return State.Collecting;
            }
            if (this.credit < s.price) {
              this.say(`${s.name} costs ${s.price}, need ${s.price - this.credit} more`);
              return State.Collecting;
            }
            this.pending = s;
            return State.Dispensing;
          }
          default:
            throw new InvalidTransition(this.state, i.kind);
        }
      },
      [State.Dispensing]: (i) => {
        if (i.kind !== "dispensed" || this.pending === null) throw new InvalidTransition(this.state, i.kind);
        const s = this.pending;
        s.count--;
        this.bank += s.price;
        const change = this.credit - s.price;
        this.say(`vend ${s.name}` + (change > 0 ? ` change ${change}` : ""));
        this.credit = 0;
        this.pending = null;
        return State.Idle;
      },
      [State.Maintenance]: (i) => {
        if (i.kind === "restock") {
          const s = this.slots.get(i.slot);
          if (s) s.count += i.count;
          this.say(`restocked ${i.slot} -> ${s?.count ?? "?"}`);
          return State.Maintenance;
        }
        if (i.kind === "service" && !i.on) return State.Idle;
        throw new InvalidTransition(this.state, i.kind);
      },
    };
  }
  private say(s: string): void {
    this.transcript.push("  " + s);
  }
  feed(i: Input): void {
    const before = this.state;
    try {
      this.state = this.handlers[this.state](i);
    } catch (e) {
      if (e instanceof InvalidTransition) this.say("error: " + e.message);
      else throw e;
    }
    if (before !== this.state) this.transcript.push(`${before} -> ${this.state}`);
  }
  stock(): string {
    return [...this.slots.values()].map((s) => `${s.name}:${s.count}`).join(" ");
  }
}
const m = new Machine([
  { name: "A1", price: 65, count: 2 },
  { name: "B2", price: 100, count: 1 },
  { name: "C3", price: 30, count: 0 },
]);
const script: Input[] = [
  { kind: "select", slot: "A1" },
  { kind: "coin", cents: 25 },
  { kind: "coin", cents: 3 },
  { kind: "select", slot: "A1" },
  { kind: "coin", cents: 100 },
  { kind: "select", slot: "A1" },
  { kind: "coin", cents: 5 },
  { kind: "dispensed" },
  { kind: "dispensed" },
  { kind: "coin", cents: 25 },
  { kind: "select", slot: "C3" },
  { kind: "select", slot: "Z9" },
  { kind: "cancel" },
  { kind: "service", on: true },
  { kind: "coin", cents: 25 },
  { kind: "restock", slot: "C3", count: 4 },
  { kind: "service", on: false },
  { kind: "coin", cents: 10 },
  { kind: "coin", cents: 10 },
  { kind: "coin", cents: 10 },
  { kind: "select", slot: "C3" },
  { kind: "dispensed" },
];
for (const i of script) m.feed(i);
console.log(m.transcript.join("\n"));
console.log("state", m.state, "bank", m.bank, "credit", m.credit, "stock", m.stock());
