// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: protected members accessed from subclasses and from other instances of the same class
class Node2 {
  protected children: Node2[] = [];
  constructor(protected label: string) {}
  add(c: Node2): this {
    this.children.push(c);
    return this;
  }
  protected render(depth: number): string {
    let s = " ".repeat(depth * 2) + this.label + "\n";
    for (const c of this.children) s += c.render(depth + 1);
    return s;
  }
  show(): string {
    return this.render(0);
  }
}
class Leaf extends Node2 {
  protected render(depth: number): string {
    return " ".repeat(depth * 2) + "- " + this.label + "\n";
  }
}
const t = new Node2("root").add(new Node2("a").add(new Leaf("a1")).add(new Leaf("a2"))).add(new Leaf("b"));
process.stdout.write(t.show());
console.log("done");
