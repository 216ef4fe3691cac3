// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// an object literal with a 'then' member resolved into a promise would be adopted: rejected
const thenable = { then: (ok: (v: string) => void) => ok("adopted") };
Promise.resolve(thenable).then((v) => console.log(v));
