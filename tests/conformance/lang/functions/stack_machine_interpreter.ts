// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: a small stack-machine interpreter whose opcodes dispatch through a table of functions
interface Machine {
  stack: number[];
  pc: number;
  out: string[];
  halted: boolean;
  vars: Map<string, number>;
}
interface Instr {
  op: string;
  arg: number;
  name: string;
}
type Handler = (m: Machine, ins: Instr) => void;
function pop(m: Machine): number {
  const v = m.stack.pop();
  if (v === undefined) throw new Error("stack underflow at " + m.pc);
  return v;
}
function push(m: Machine, ins: Instr): void {
  m.stack.push(ins.arg);
}
function binary(f: (a: number, b: number) => number): Handler {
  return (m) => {
    const b = pop(m);
    const a = pop(m);
    m.stack.push(f(a, b));
  };
}
function jump(m: Machine, ins: Instr): void {
  m.pc = ins.arg - 1;
}
function jumpIfZero(m: Machine, ins: Instr): void {
  if (pop(m) === 0) m.pc = ins.arg - 1;
}
function print(m: Machine): void {
  m.out.push(String(pop(m)));
}
function dup(m: Machine): void {
  const v = pop(m);
  m.stack.push(v, v);
}
function store(m: Machine, ins: Instr): void {
  m.vars.set(ins.name, pop(m));
}
function load(m: Machine, ins: Instr): void {
  const v = m.vars.get(ins.name);
  if (v === undefined) throw new Error("unknown variable " + ins.name);
  m.stack.push(v);
}
function halt(m: Machine): void {
  m.halted = true;
}
const handlers = new Map<string, Handler>([
  ["push", push],
  ["add", binary((a, b) => a + b)],
  ["sub", binary((a, b) => a - b)],
  ["mul", binary((a, b) => a * b)],
  ["lt", binary((a, b) => (a < b ? 1 : 0))],
  ["mod", binary((a, b) => a % b)],
  ["jmp", jump],
  ["jz", jumpIfZero],
  ["print", print],
  ["dup", dup],
  ["store", store],
  ["load", load],
  ["halt", halt],
]);
function parse(src: string): Instr[] {
  const out: Instr[] = [];
  for (const line of src.split("\n")) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    const parts = t.split(" ");
    const op = parts[0];
    const operand = parts.length > 1 ? parts[1] : undefined;
    const n = operand === undefined ? 0 : Number(operand);
    out.push({ op, arg: isNaN(n) ? 0 : n, name: isNaN(n) && operand !== undefined ? operand : "" });
  }
  return out;
}
function run(program: Instr[], limit: number): string {
  const m: Machine = { stack: [], pc: 0, out: [], halted: false, vars: new Map<string, number>() };
  let steps = 0;
  try {
    while (!m.halted && m.pc < program.length) {
      if (++steps > limit) throw new Error("step limit");
      const ins = program[m.pc];
      const h = handlers.get(ins.op);
      if (!h) throw new Error("bad opcode " + ins.op);
      h(m, ins);
      m.pc++;
    }
  } catch (e) {
    m.out.push("error: " + (e instanceof Error ? e.message : "?"));
  }
  return m.out.join(" ") + " [" + steps + " steps, stack " + m.stack.length + "]";
}
const countdown = `
# print 5..1
push 5
store n
load n
jz 12
load n
print
load n
push 1
sub
store n
jmp 2
halt`;
console.log(run(parse(countdown), 1000));
const squares = `
push 1
store i
load i
push 6
lt
jz 16
load i
dup
mul
print
load i
push 1
add
store i
jmp 2
halt`;
console.log(run(parse(squares), 1000));
console.log(run(parse("push 1\nadd"), 100));
console.log(run(parse("push 2\nfrob"), 100));
console.log(run(parse("push 1\njmp 0"), 50));
console.log(run(parse("push 7\npush 3\nmod\nprint\nload x"), 100));
