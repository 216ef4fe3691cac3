// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: fluent methods returning this keep the subclass type through chains
class Builder {
  protected parts: string[] = [];
  add(s: string): this {
    this.parts.push(s);
    return this;
  }
  build(): string {
    return this.parts.join(" ");
  }
}
class HtmlBuilder extends Builder {
  tag(t: string, body: string): this {
    return this.add("<" + t + ">" + body + "</" + t + ">");
  }
  build(): string {
    return "<html>" + super.build() + "</html>";
  }
}
console.log(new Builder().add("a").add("b").build());
console.log(new HtmlBuilder().add("x").tag("b", "bold").add("y").tag("i", "it").build());
