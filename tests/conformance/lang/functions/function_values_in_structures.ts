// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: functions stored in Maps, arrays, object fields and class fields; middleware chains and event handler registries
type Handler = (payload: string) => string;
class Registry {
  private handlers = new Map<string, Handler[]>();
  on(event: string, h: Handler): () => void {
    const list = this.handlers.get(event) ?? [];
    list.push(h);
    this.handlers.set(event, list);
    return () => {
      const cur = this.handlers.get(event) ?? [];
      const i = cur.indexOf(h);
      if (i >= 0) cur.splice(i, 1);
    };
  }
  emit(event: string, payload: string): string[] {
    return (this.handlers.get(event) ?? []).map((h) => h(payload));
  }
}
const reg = new Registry();
function shout(p: string): string { return p.toUpperCase() + "!"; }
const offShout = reg.on("msg", shout);
reg.on("msg", (p) => `len=${p.length}`);
const offTwice = reg.on("msg", (p) => p + p);
reg.on("other", shout);
console.log(reg.emit("msg", "hi"), reg.emit("other", "x"), reg.emit("none", "y"));
offTwice();
offTwice();
console.log(reg.emit("msg", "hey"));
offShout();
console.log(reg.emit("msg", "z"), reg.emit("other", "still"));
type Next = (req: string) => string;
type Middleware = (req: string, next: Next) => string;
function chain(mws: Middleware[], final: Next): Next {
  return mws.reduceRight<Next>((next, mw) => (req) => mw(req, next), final);
}
const trimMw: Middleware = (req, next) => next(req.trim());
const logMw: Middleware = (req, next) => `[${next(req)}]`;
const blockMw: Middleware = (req, next) => (req.startsWith("bad") ? "blocked" : next(req));
const app = chain([trimMw, blockMw, logMw], (req) => `ok:${req}`);
console.log(app("  hello "), app("bad request"), app("  badly"), chain([], (r) => r)("raw"));
const ops: { [name: string]: (a: number, b: number) => number } = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  pow: (a, b) => a ** b,
};
for (const name of Object.keys(ops)) console.log(name, ops[name](2, 5));
class Button {
  clicks = 0;
  onClick: (() => void) | undefined = undefined;
  label: () => string = () => `clicked ${this.clicks}x`;
  click(): void {
    this.clicks++;
    this.onClick?.();
  }
}
const btn = new Button();
btn.click();
let external = 0;
btn.onClick = () => { external += 10; };
btn.click();
btn.click();
console.log(btn.label(), external);
btn.onClick = undefined;
btn.click();
console.log(btn.label(), external, typeof btn.onClick, typeof btn.label);
const pipeline: Array<[string, (n: number) => number]> = [["double", (n) => n * 2], ["inc", (n) => n + 1], ["neg", (n) => -n]];
let v = 5;
for (const [name, f] of pipeline) {
  v = f(v);
  console.log(name, v);
}
