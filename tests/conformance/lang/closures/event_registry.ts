// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: an event-handler registry with on/off by function identity, once-handlers and top-level listeners
type Listener = (payload: string) => void;
class Emitter {
  private handlers = new Map<string, Listener[]>();
  private fired = 0;
  on(event: string, fn: Listener): () => void {
    const list = this.handlers.get(event) ?? [];
    list.push(fn);
    this.handlers.set(event, list);
    return () => this.off(event, fn);
  }
  once(event: string, fn: Listener): void {
    const wrapper: Listener = (p) => {
      this.off(event, wrapper);
      fn(p);
    };
    this.on(event, wrapper);
  }
  off(event: string, fn: Listener): boolean {
    const list = this.handlers.get(event);
    if (!list) return false;
    const i = list.indexOf(fn);
    if (i < 0) return false;
    const kept: Listener[] = [];
    for (let j = 0; j < list.length; j++) if (j !== i) kept.push(list[j]);
    this.handlers.set(event, kept);
    return true;
  }
  emit(event: string, payload: string): number {
    const list = this.handlers.get(event);
    if (!list) return 0;
    this.fired++;
    const snapshot = list.slice();
    for (const fn of snapshot) fn(payload);
    return snapshot.length;
  }
  count(event: string): number {
    return this.handlers.get(event)?.length ?? 0;
  }
  get total(): number {
    return this.fired;
  }
}
let out: string[] = [];
function drain(sep: string): string {
  const s = out.join(sep);
  out = [];
  return s;
}
function audit(p: string): void {
  out.push("audit:" + p);
}
function shout(p: string): void {
  out.push(p.toUpperCase());
}
const bus = new Emitter();
bus.on("save", audit);
bus.on("save", shout);
const stop = bus.on("save", (p) => out.push("len " + p.length));
bus.once("save", (p) => out.push("first save " + p));
console.log(bus.count("save"), bus.emit("save", "a.txt"), bus.count("save"));
console.log(drain(" | "));
stop();
console.log(bus.off("save", shout), bus.off("save", shout), bus.count("save"));
bus.emit("save", "b.txt");
console.log(drain(" | "));
let clicks = 0;
const counterFor = (label: string): Listener => (p) => {
  clicks++;
  out.push(label + "#" + clicks + "(" + p + ")");
};
const left = counterFor("L");
const right = counterFor("R");
bus.on("click", left);
bus.on("click", right);
bus.on("click", left);
bus.emit("click", "x");
bus.off("click", left);
bus.emit("click", "y");
console.log(drain(" "), clicks);
console.log(bus.emit("missing", "z"), bus.total, bus.count("click"), bus.count("nothing"));
const chain: Listener[] = [];
for (let i = 0; i < 3; i++) chain.push((p) => out.push("chain" + i + p));
for (const c of chain) bus.on("chain", c);
bus.emit("chain", "!");
console.log(drain(","));
// Commands with undo: each command returns the closure that reverts it.
type Undo = () => void;
const doc: string[] = [];
const undoStack: Undo[] = [];
function insert(text: string): Undo {
  doc.push(text);
  return () => {
    doc.pop();
  };
}
function replaceAt(i: number, text: string): Undo {
  const before = doc[i];
  doc[i] = text;
  return () => {
    doc[i] = before;
  };
}
function perform(cmd: () => Undo): void {
  undoStack.push(cmd());
  bus.emit("change", doc.join(""));
}
bus.on("change", (p) => out.push("[" + p + "]"));
perform(() => insert("a"));
perform(() => insert("b"));
perform(() => replaceAt(0, "A"));
perform(() => insert("c"));
console.log(drain(" "));
while (undoStack.length > 0) {
  const undo = undoStack.pop()!;
  undo();
  out.push(doc.join("") || "(empty)");
}
console.log(drain(" "));
