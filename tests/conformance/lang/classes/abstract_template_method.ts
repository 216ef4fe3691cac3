// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: abstract base with a template method calling abstract hooks implemented in subclasses
abstract class Report {
  protected lines: string[] = [];
  abstract title(): string;
  abstract rows(): string[];
  footer(): string {
    return "-- end --";
  }
  render(): string {
    this.lines = [];
    this.lines.push("# " + this.title());
    for (const r of this.rows()) this.lines.push("  " + r);
    this.lines.push(this.footer());
    return this.lines.join("\n");
  }
}
class Sales extends Report {
  constructor(private data: number[]) {
    super();
  }
  title(): string {
    return "Sales (" + this.data.length + ")";
  }
  rows(): string[] {
    return this.data.map((d, i) => "q" + (i + 1) + ": " + d.toFixed(2));
  }
}
class Empty extends Report {
  title(): string {
    return "Empty";
  }
  rows(): string[] {
    return [];
  }
  footer(): string {
    return "(nothing)";
  }
}
const reports: Report[] = [new Sales([1.5, 20, 333.333]), new Empty()];
for (const r of reports) console.log(r.render());
