// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a vending-machine state machine whose transitions are closures in a table, with guards and actions
type State = "idle" | "paying" | "vending" | "broken";
interface Ctx {
  credit: number;
  stock: Map<string, number>;
  log: string[];
  selected: string;
}
interface Transition {
  from: State;
  event: string;
  guard: (c: Ctx, arg: string) => boolean;
  action: (c: Ctx, arg: string) => State;
}
const PRICES = new Map<string, number>([["cola", 150], ["chips", 100], ["gum", 50]]);
function always(): boolean {
  return true;
}
function hasCredit(c: Ctx): boolean {
  return c.credit > 0;
}
function price(item: string): number {
  return PRICES.get(item) ?? Infinity;
}
const table: Transition[] = [
  {
    from: "idle", event: "coin", guard: always,
    action: (c, arg) => { c.credit += Number(arg); c.log.push("credit " + c.credit); return "paying"; },
  },
  {
    from: "paying", event: "coin", guard: always,
    action: (c, arg) => { c.credit += Number(arg); c.log.push("credit " + c.credit); return "paying"; },
  },
  {
    from: "paying", event: "select",
    guard: (c, item) => (c.stock.get(item) ?? 0) > 0 && c.credit >= price(item),
    action: (c, item) => { c.selected = item; c.credit -= price(item); return "vending"; },
  },
  {
    from: "paying", event: "select", guard: always,
    action: (c, item) => {
      c.log.push((c.stock.get(item) ?? 0) === 0 ? item + " sold out" : "need " + (price(item) - c.credit) + " more for " + item);
      return "paying";
    },
  },
  {
    from: "vending", event: "dispense", guard: always,
    action: (c) => {
      c.stock.set(c.selected, (c.stock.get(c.selected) ?? 1) - 1);
      c.log.push("dispensed " + c.selected);
      return c.credit > 0 ? "paying" : "idle";
    },
  },
  {
    from: "paying", event: "refund", guard: hasCredit,
    action: (c) => { c.log.push("refund " + c.credit); c.credit = 0; return "idle"; },
  },
  {
    from: "idle", event: "kick", guard: always,
    action: (c) => { c.log.push("ouch"); return "broken"; },
  },
];
function makeMachine(stock: Array<[string, number]>): (event: string, arg: string) => State {
  let state: State = "idle";
  const ctx: Ctx = { credit: 0, stock: new Map(stock), log: [], selected: "" };
  return (event: string, arg: string): State => {
    const t = table.find((tr) => tr.from === state && tr.event === event && tr.guard(ctx, arg));
    if (t === undefined) {
      ctx.log.push("ignored " + event + " in " + state);
    } else {
      state = t.action(ctx, arg);
    }
    if (event === "report") {
      console.log(ctx.log.join("; "));
      ctx.log = [];
    }
    return state;
  };
}
const m = makeMachine([["cola", 1], ["chips", 5]]);
const script: Array<[string, string]> = [
  ["select", "cola"], ["coin", "100"], ["select", "cola"], ["coin", "100"], ["select", "cola"],
  ["dispense", ""], ["select", "cola"], ["select", "chips"], ["refund", ""], ["refund", ""], ["report", ""],
  ["kick", ""], ["coin", "50"], ["report", ""],
];
const states: State[] = [];
for (const [event, arg] of script) states.push(m(event, arg));
console.log(states.join(" "));
const second = makeMachine([["gum", 2]]);
for (let i = 0; i < 3; i++) {
  second("coin", "50");
  second("select", "gum");
  second("dispense", "");
}
second("report", "");
console.log(table.filter((t) => t.guard === always).length, table.filter((t) => t.event === "select").length);
