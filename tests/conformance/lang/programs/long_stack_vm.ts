// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// programs: a small stack-VM interpreter using classes, discriminated unions, generics, closures and object rest
type Instr =
  | { op: "push"; value: number }
  | { op: "add" }
  | { op: "sub" }
  | { op: "mul" }
  | { op: "div" }
  | { op: "dup" }
  | { op: "swap" }
  | { op: "jz"; target: number }
  | { op: "jmp"; target: number }
  | { op: "load"; name: string }
  | { op: "store"; name: string }
  | { op: "print"; label?: string }
  | { op: "halt" };

class Stack<T> {
  private items: T[] = [];
  push(x: T): void { this.items.push(x); }
  pop(): T {
    const v = this.items.pop();
    if (v === undefined) throw new Error("stack underflow");
    return v;
  }
  peek(): T | undefined { return this.items[this.items.length - 1]; }
  get size(): number { return this.items.length; }
  toArray(): T[] { return [...this.items]; }
}

interface VmStats { steps: number; maxDepth: number; prints: number }

class Machine {
  private stack = new Stack<number>();
  private vars = new Map<string, number>();
  private pc = 0;
  readonly output: string[] = [];
  stats: VmStats = { steps: 0, maxDepth: 0, prints: 0 };
  private hooks: ((i: Instr, depth: number) => void)[] = [];

  constructor(private readonly program: Instr[], private readonly limit: number) {}

  onStep(hook: (i: Instr, depth: number) => void): void { this.hooks.push(hook); }

  private binary(f: (a: number, b: number) => number): void {
    const b = this.stack.pop();
    const a = this.stack.pop();
    this.stack.push(f(a, b));
  }

  run(): string {
    while (this.pc < this.program.length) {
      if (this.stats.steps >= this.limit) return "step limit";
      const instr = this.program[this.pc];
      this.stats.steps++;
      this.pc++;
      for (const h of this.hooks) h(instr, this.stack.size);
      switch (instr.op) {
        case "push": this.stack.push(instr.value); break;
        case "add": this.binary((a, b) => a + b); break;
        case "sub": this.binary((a, b) => a - b); break;
        case "mul": this.binary((a, b) => a * b); break;
        case "div": this.binary((a, b) => {
          if (b === 0) throw new RangeError("division by zero at " + (this.pc - 1));
          return Math.trunc(a / b);
        }); break;
        case "dup": { const v = this.stack.pop(); this.stack.push(v); this.stack.push(v); break; }
        case "swap": { const b = this.stack.pop(); const a = this.stack.pop(); this.stack.push(b); this.stack.push(a); break; }
        case "jz": if (this.stack.pop() === 0) this.pc = instr.target; break;
        case "jmp": this.pc = instr.target; break;
        case "load": this.stack.push(this.vars.get(instr.name) ?? 0); break;
        case "store": this.vars.set(instr.name, this.stack.pop()); break;
        case "print": {
          this.stats.prints++;
          this.output.push((instr.label ?? "out") + "=" + this.stack.peek());
          break;
        }
        case "halt": return "halted";
      }
      this.stats.maxDepth = Math.max(this.stats.maxDepth, this.stack.size);
    }
    return "end";
  }

  snapshot(): number[] { return this.stack.toArray(); }
}

function assemble(src: string): Instr[] {
  const out: Instr[] = [];
  for (const line of src.split(";")) {
    const [op, arg] = line.trim().split(" ");
    switch (op) {
      case "push": out.push({ op: "push", value: Number(arg) }); break;
      case "jz": out.push({ op: "jz", target: Number(arg) }); break;
      case "jmp": out.push({ op: "jmp", target: Number(arg) }); break;
      case "load": out.push({ op: "load", name: arg }); break;
      case "store": out.push({ op: "store", name: arg }); break;
      case "print": out.push(arg ? { op: "print", label: arg } : { op: "print" }); break;
      case "add": out.push({ op: "add" }); break;
      case "sub": out.push({ op: "sub" }); break;
      case "mul": out.push({ op: "mul" }); break;
      case "div": out.push({ op: "div" }); break;
      case "dup": out.push({ op: "dup" }); break;
      case "swap": out.push({ op: "swap" }); break;
      case "halt": out.push({ op: "halt" }); break;
      default: throw new SyntaxError("unknown op '" + op + "'");
    }
  }
  return out;
}

function runSource<R>(name: string, src: string, report: (m: Machine, result: string) => R): R | string {
  try {
    const m = new Machine(assemble(src), 500);
    const counts = new Map<string, number>();
    m.onStep((i) => counts.set(i.op, (counts.get(i.op) ?? 0) + 1));
    const r = report(m, m.run());
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
    console.log(name, "top ops:", top.map(([op, n]) => op + "x" + n).join(" "));
    return r;
  } catch (e) {
    return name + " failed: " + (e instanceof Error ? e.name + ": " + e.message : String(e));
  }
}

// factorial of 6 with a loop: n=6, acc=1; while n != 0 { acc *= n; n -= 1 }
const factorial = "push 6;store n;push 1;store acc;load n;jz 15;load acc;load n;mul;store acc;load n;push 1;sub;store n;jmp 4;load acc;print fact;halt";
console.log(runSource("fact", factorial, (m, r) => {
  const { steps, ...rest } = m.stats;
  return r + " in " + steps + " steps " + JSON.stringify(rest) + " " + m.output.join(",");
}));
console.log(runSource("arith", "push 7;push 5;sub;dup;mul;print sq;push 3;swap;div;print q", (m, r) => r + " " + m.output.join(" ") + " stack=" + m.snapshot().join(",")));
console.log(runSource("divzero", "push 1;push 0;div", (m, r) => r));
console.log(runSource("underflow", "push 1;add", (m, r) => r));
console.log(runSource("bad", "push 1;frobnicate", (m, r) => r));
console.log(runSource("loop", "push 1;jmp 0", (m, r) => r + " depth " + m.stats.maxDepth));
