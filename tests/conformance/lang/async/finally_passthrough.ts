// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// finally passes values and reasons through; its own throw or rejection overrides
Promise.resolve(1)
  .finally(() => console.log("finally 1"))
  .then((v) => console.log("value kept", v));
Promise.reject("boom")
  .finally(() => console.log("finally 2"))
  .catch((r: unknown) => console.log("reason kept", r));
Promise.resolve(2)
  .finally(() => {
    throw "finally threw";
  })
  .then(
    (v) => console.log("unexpected", v),
    (r: unknown) => console.log("overridden by", r),
  );
Promise.resolve(3)
  .finally(() => Promise.reject("finally rejected"))
  .catch((r: unknown) => console.log("overridden by rejection", r));
Promise.resolve(4)
  .finally(() => Promise.resolve(99))
  .then((v) => console.log("resolved finally result ignored", v));
Promise.resolve(5)
  .finally(() => new Promise<void>((r) => setTimeout(r, 10)))
  .then((v) => console.log("waited for finally", v));
Promise.resolve(6).finally().then((v) => console.log("finally() with no callback", v));
