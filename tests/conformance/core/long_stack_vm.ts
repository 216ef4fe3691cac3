// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// longer program: a tiny stack-based virtual machine whose bytecode is produced by a function of the program counter
// opcodes: 1 push imm, 2 add, 3 sub, 4 mul, 5 dup, 6 swap, 7 jump-if-zero imm, 8 jump imm,
// 9 print, 10 halt, 11 load r, 12 store r, 13 lt, 14 mod
let s0: number = 0, s1: number = 0, s2: number = 0, s3: number = 0;
let sp: number = 0;
let r0: number = 0, r1: number = 0, r2: number = 0;
let output: string = "";
let executed: number = 0;

function push(v: number): void {
  if (sp === 0) s0 = v;
  else if (sp === 1) s1 = v;
  else if (sp === 2) s2 = v;
  else s3 = v;
  sp++;
}
function pop(): number {
  sp--;
  if (sp === 0) return s0;
  if (sp === 1) return s1;
  if (sp === 2) return s2;
  return s3;
}
function load(r: number): number {
  return r === 0 ? r0 : r === 1 ? r1 : r2;
}
function store(r: number, v: number): void {
  if (r === 0) r0 = v;
  else if (r === 1) r1 = v;
  else r2 = v;
}
// program: r0 = i, r1 = sum; while (i < 20) { if (i % 3 !== 0) sum += i * i; print i; i++ }
// then print sum, 100 - sum, and 2 - 1 computed with swap
function op(pc: number): number {
  let code: number = 0;
  if (pc === 0) code = 1;
  else if (pc === 1) code = 0;
  else if (pc === 2) code = 12;
  else if (pc === 3) code = 0;
  else if (pc === 4) code = 1;
  else if (pc === 5) code = 0;
  else if (pc === 6) code = 12;
  else if (pc === 7) code = 1;
  else if (pc === 8) code = 11;
  else if (pc === 9) code = 0;
  else if (pc === 10) code = 1;
  else if (pc === 11) code = 20;
  else if (pc === 12) code = 13;
  else if (pc === 13) code = 7;
  else if (pc === 14) code = 43;
  else if (pc === 15) code = 11;
  else if (pc === 16) code = 0;
  else if (pc === 17) code = 1;
  else if (pc === 18) code = 3;
  else if (pc === 19) code = 14;
  else if (pc === 20) code = 7;
  else if (pc === 21) code = 31;
  else if (pc === 22) code = 11;
  else if (pc === 23) code = 0;
  else if (pc === 24) code = 5;
  else if (pc === 25) code = 4;
  else if (pc === 26) code = 11;
  else if (pc === 27) code = 1;
  else if (pc === 28) code = 2;
  else if (pc === 29) code = 12;
  else if (pc === 30) code = 1;
  else if (pc === 31) code = 11;
  else if (pc === 32) code = 0;
  else if (pc === 33) code = 9;
  else if (pc === 34) code = 11;
  else if (pc === 35) code = 0;
  else if (pc === 36) code = 1;
  else if (pc === 37) code = 1;
  else if (pc === 38) code = 2;
  else if (pc === 39) code = 12;
  else if (pc === 40) code = 0;
  else if (pc === 41) code = 8;
  else if (pc === 42) code = 8;
  else if (pc === 43) code = 11;
  else if (pc === 44) code = 1;
  else if (pc === 45) code = 9;
  else if (pc === 46) code = 1;
  else if (pc === 47) code = 100;
  else if (pc === 48) code = 11;
  else if (pc === 49) code = 1;
  else if (pc === 50) code = 3;
  else if (pc === 51) code = 9;
  else if (pc === 52) code = 1;
  else if (pc === 53) code = 1;
  else if (pc === 54) code = 1;
  else if (pc === 55) code = 2;
  else if (pc === 56) code = 6;
  else if (pc === 57) code = 3;
  else if (pc === 58) code = 9;
  else if (pc === 59) code = 10;
  else code = 10;
  return code;
}
function run(): void {
  let pc: number = 0;
  while (true) {
    executed++;
    let ins: number = op(pc);
    pc++;
    if (ins === 1) { push(op(pc)); pc++; }
    else if (ins === 2) { let b: number = pop(); push(pop() + b); }
    else if (ins === 3) { let b: number = pop(); push(pop() - b); }
    else if (ins === 4) { let b: number = pop(); push(pop() * b); }
    else if (ins === 5) { let a: number = pop(); push(a); push(a); }
    else if (ins === 6) { let b: number = pop(); let a: number = pop(); push(b); push(a); }
    else if (ins === 7) { let target: number = op(pc); pc++; if (pop() === 0) pc = target; }
    else if (ins === 8) { pc = op(pc); }
    else if (ins === 9) { output += pop() + " "; }
    else if (ins === 10) { break; }
    else if (ins === 11) { push(load(op(pc))); pc++; }
    else if (ins === 12) { store(op(pc), pop()); pc++; }
    else if (ins === 13) { let b: number = pop(); push(pop() < b ? 1 : 0); }
    else if (ins === 14) { let b: number = pop(); push(pop() % b); }
    else { console.log("bad opcode", ins, "at", pc - 1); break; }
    if (executed > 100000) { console.log("runaway"); break; }
  }
}
run();
console.log(output);
console.log("executed", executed, "sp", sp, "regs", r0, r1, r2);
let check: number = 0;
for (let i = 0; i < 20; i++) if (i % 3 !== 0) check += i * i;
console.log("expected sum", check, check === r1);
