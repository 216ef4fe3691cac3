// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: methods detached and bound, arrow-function fields capturing this, callbacks
class Button {
  clicks: number = 0;
  constructor(public label: string) {}
  onClickArrow = (): string => {
    this.clicks++;
    return this.label + " clicked " + this.clicks;
  };
  onClickMethod(): string {
    this.clicks += 10;
    return this.label + " method " + this.clicks;
  }
}
const b = new Button("ok");
const arrow = b.onClickArrow;
console.log(arrow(), arrow());
const bound = b.onClickMethod.bind(b);
console.log(bound());
function run(cb: () => string): string {
  return "[" + cb() + "]";
}
console.log(run(b.onClickArrow), run(() => b.onClickMethod()));
const unbound = b.onClickMethod;
try {
  unbound();
} catch (e) {
  console.log("unbound this:", e instanceof TypeError);
}
