// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// function declarations are hoisted: calls before declaration, forward references between functions
console.log(double(21));
console.log(first());
function double(x: number): number {
  return x * 2;
}
function first(): string {
  return "first calls " + second();
}
function second(): string {
  return "second calls " + third();
}
function third(): string {
  return "third";
}
let value: number = 7;
function readValue(): number {
  return value;
}
console.log(readValue());
value = 8;
console.log(readValue());
