// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// then with missing handlers passes values and reasons along the chain
Promise.resolve(1)
  .then(undefined, (r: unknown) => console.log("not called", r))
  .then((v) => console.log("value passed through", v));
Promise.reject("r1")
  .then((v) => console.log("not called", v))
  .then((v) => console.log("not called either", v))
  .catch((r: unknown) => {
    console.log("reason passed through", r);
    return "recovered";
  })
  .then((v) => console.log(v));
Promise.reject("r2")
  .then(undefined, undefined)
  .finally(undefined)
  .catch((r: unknown) => console.log("through undefined handlers", r));
Promise.resolve("x")
  .catch((r: unknown) => console.log("not called", r))
  .finally(() => console.log("finally sees no value"))
  .then((v) => console.log("still", v));
const noFinally: (() => void) | undefined = undefined;
Promise.resolve(5)
  .finally(noFinally)
  .then((v) => console.log("finally(undefined variable) passes", v));
function handlerFor(verbose: boolean): ((v: number) => number) | undefined {
  return verbose ? (v: number) => v * 2 : undefined;
}
Promise.resolve(6).then(handlerFor(true)).then((v) => console.log("chosen handler", v));
Promise.resolve(7).then(handlerFor(false)).then((v) => console.log("no handler chosen", v));
