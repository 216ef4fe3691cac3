// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: a class implementing several interfaces is used through each interface type
interface Named {
  name(): string;
}
interface Sized {
  readonly size: number;
}
interface Resettable {
  reset(): void;
}
class Buffer2 implements Named, Sized, Resettable {
  private data: number[] = [];
  name(): string {
    return "buf";
  }
  get size(): number {
    return this.data.length;
  }
  write(n: number): void {
    this.data.push(n);
  }
  reset(): void {
    this.data = [];
  }
}
const b = new Buffer2();
b.write(1);
b.write(2);
const n: Named = b;
const s: Sized = b;
const r: Resettable = b;
console.log(n.name(), s.size);
r.reset();
console.log(s.size);
function describeAll(xs: Named[]): string {
  return xs.map((x) => x.name()).join(",");
}
console.log(describeAll([b, { name: () => "literal" }]));
