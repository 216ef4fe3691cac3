// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: parameter patterns in functions, arrows and methods with nested defaults and whole-parameter defaults
interface Opts {
  indent?: number;
  bullet?: string;
  style?: { upper?: boolean; suffix?: string };
}
function render(items: string[], { indent = 2, bullet = "-", style: { upper = false, suffix = "" } = {} }: Opts = {}): string {
  const pad = " ".repeat(indent);
  return items.map((it) => pad + bullet + " " + (upper ? it.toUpperCase() : it) + suffix).join("\n");
}
console.log(render(["one", "two"]));
console.log(render(["one"], { indent: 0 }));
console.log(render(["a", "b"], { bullet: "*", style: { upper: true } }));
console.log(render(["q"], { style: { suffix: ";" }, indent: 4 }));
console.log(JSON.stringify(render([])));

const sumPair = ([a, b]: [number, number]): number => a + b;
const swapPair = ([a, b]: [string, number]): [number, string] => [b, a];
console.log(sumPair([3, 4]), swapPair(["x", 9]));
const firstOr = ([h = -1]: number[]): number => h;
console.log(firstOr([]), firstOr([5, 6]));

function segment({ from: [x1, y1], to: [x2, y2] = [0, 0] }: { from: [number, number]; to?: [number, number] }): string {
  return `(${x1},${y1})->(${x2},${y2}) len=${Math.hypot(x2 - x1, y2 - y1).toFixed(3)}`;
}
console.log(segment({ from: [3, 4] }));
console.log(segment({ from: [1, 1], to: [4, 5] }));

class Painter {
  count = 0;
  paint({ color = "black", width = 1 }: { color?: string; width?: number }, [x, y]: number[] = [0, 0]): string {
    this.count++;
    return `${this.count}:${color}/${width}@${x},${y}`;
  }
}
const pt = new Painter();
console.log(pt.paint({}));
console.log(pt.paint({ color: "red" }, [2, 3]));
console.log(pt.paint({ width: 5 }, [9, 8, 7]));

const people = [
  { name: "Ann", age: 31, address: { city: "Oslo" } },
  { name: "Bob", age: 25, address: { city: "Rome" } },
  { name: "Cid", age: 40, address: { city: "Oslo" } },
];
console.log(people.filter(({ address: { city } }) => city === "Oslo").map(({ name }) => name));
console.log(people.reduce((acc, { age }) => acc + age, 0));
const sorted = people.slice().sort(({ age: a }, { age: b }) => a - b);
console.log(sorted.map(({ name, age }) => `${name}=${age}`).join(" "));
const idx = people.map(({ name }, i) => `${i}:${name[0]}`);
console.log(idx);

function stats(...all: number[]): string {
  const [first, second = 0, ...others] = all;
  return `${first} ${second} [${others}]`;
}
console.log(stats(1));
console.log(stats(1, 2));
console.log(stats(1, 2, 3, 4));
