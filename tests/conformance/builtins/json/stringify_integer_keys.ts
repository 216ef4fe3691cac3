// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// integer-like keys come first in ascending order, as JS orders them
const o = { b: 1, 10: "ten", a: 2, 2: "two", "01": "zero-one", "-1": "minus", 4294967294: "max", 4294967295: "over" };
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, null, 1));
class K {
  z = 1;
  "3" = 3;
  y = 2;
  "0" = 0;
}
console.log(JSON.stringify(new K()));
