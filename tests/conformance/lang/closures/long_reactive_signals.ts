// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a small reactive system (signals, computed values, effects, batching) built entirely from closures
interface Signal {
  get: () => number;
  set: (v: number) => void;
  subscribe: (fn: () => void) => () => void;
  name: string;
}
const log: string[] = [];
let batchDepth = 0;
const pending: (() => void)[] = [];
let currentDeps: Signal[] | null = null;
function schedule(fn: () => void): void {
  if (batchDepth > 0) {
    if (!pending.includes(fn)) pending.push(fn);
  } else {
    fn();
  }
}
function signal(name: string, initial: number): Signal {
  let value = initial;
  const subs: (() => void)[] = [];
  const self: Signal = {
    name,
    get: () => {
      if (currentDeps !== null && !currentDeps.includes(self)) currentDeps.push(self);
      return value;
    },
    set: (v: number) => {
      if (v === value) {
        log.push(`${name} unchanged`);
        return;
      }
      value = v;
      for (const s of subs.slice()) schedule(s);
    },
    subscribe: (fn: () => void) => {
      subs.push(fn);
      return () => {
        const i = subs.indexOf(fn);
        if (i >= 0) subs.splice(i, 1);
      };
    },
  };
  return self;
}
function track(fn: () => number): [number, Signal[]] {
  const saved = currentDeps;
  const deps: Signal[] = [];
  currentDeps = deps;
  try {
    return [fn(), deps];
  } finally {
    currentDeps = saved;
  }
}
function computed(name: string, fn: () => number): Signal {
  const out = signal(name, 0);
  let unsubs: (() => void)[] = [];
  let runs = 0;
  const recompute = (): void => {
    for (const u of unsubs) u();
    const [v, deps] = track(fn);
    runs++;
    log.push(`${name} run ${runs} deps=${deps.map((d) => d.name).join("+")} -> ${v}`);
    unsubs = deps.map((d) => d.subscribe(recompute));
    out.set(v);
  };
  recompute();
  return out;
}
function effect(name: string, fn: () => string): () => void {
  let unsubs: (() => void)[] = [];
  const run = (): void => {
    for (const u of unsubs) u();
    let text = "";
    const [, deps] = track(() => {
      text = fn();
      return 0;
    });
    console.log(`[${name}] ${text}`);
    unsubs = deps.map((d) => d.subscribe(run));
  };
  run();
  return () => {
    for (const u of unsubs) u();
    unsubs = [];
  };
}
function batch(fn: () => void): void {
  batchDepth++;
  try {
    fn();
  } finally {
    batchDepth--;
    if (batchDepth === 0) {
      while (pending.length > 0) {
        const f = pending.shift();
        if (f) f();
      }
    }
  }
}
const price = signal("price", 10);
const qty = signal("qty", 2);
const discount = signal("discount", 0);
const useDiscount = signal("useDiscount", 0);
const subtotal = computed("subtotal", () => price.get() * qty.get());
const total = computed("total", () => (useDiscount.get() ? subtotal.get() - discount.get() : subtotal.get()));
const stop = effect("view", () => `${qty.get()} x ${price.get()} = ${total.get()}`);
qty.set(3);
price.set(10);
discount.set(5);
useDiscount.set(1);
discount.set(7);
batch(() => {
  price.set(20);
  qty.set(1);
  batch(() => discount.set(1));
});
stop();
qty.set(100);
console.log("after stop", total.get());
console.log(log.join("\n"));
try {
  batch(() => {
    price.set(1);
    throw new Error("mid-batch");
  });
} catch (e) {
  console.log("caught", (e as Error).message, "total", total.get(), "depth", batchDepth);
}
