// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// toJSON methods of classes: called with the key, their result serialised instead; an exception inside propagates
class Money {
  constructor(public cents: number) {}
  toJSON(key: string): string {
    return key + ":" + (this.cents / 100).toFixed(2);
  }
}
class Wrapper {
  inner = new Money(5);
  toJSON(): { wrapped: Money[] } {
    return { wrapped: [this.inner, new Money(7)] };
  }
}
class Bad {
  toJSON(): string {
    throw new RangeError("no json for you");
  }
}
console.log(JSON.stringify({ price: new Money(250), list: [new Money(1)] }));
console.log(JSON.stringify(new Money(3)), JSON.stringify(new Wrapper(), null, 2));
try {
  JSON.stringify({ b: new Bad() });
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
console.log("%j", new Money(9));
