// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// functions: unary plus, minus and ~ convert strings, booleans, arrays and objects with valueOf/toString
class Celsius {
  constructor(private degrees: number) {}
  valueOf(): number {
    return this.degrees;
  }
  toString(): string {
    return this.degrees + "C";
  }
}
class Label {
  constructor(private text: string) {}
  toString(): string {
    return this.text;
  }
}
const t1 = new Celsius(20);
const t2 = new Celsius(-5);
console.log(+t1, -t2, +t1 + +t2, ~t1, `${t1}`);
console.log(+new Label("12.5"), +new Label("twelve"), -new Label("3"));
console.log(+"42", +" 7 ", +"", +"0x1A", +"1e2", +"abc", +"-0", -"-4", ~"5");
console.log(+true, +false, -true, ~false);
console.log(+[], +[9], +["8"], +[1, 2], -[3]);
const inputs = ["10", "x", "2.5", " "];
console.log(inputs.map((s) => +s).join(" "), inputs.map((s) => +s * 2).filter((n) => !isNaN(n)).join(" "));
const maybe: string | boolean = inputs.length > 2 ? "7" : false;
console.log(+maybe + 1);
