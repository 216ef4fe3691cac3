// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.any is not implemented
Promise.any([Promise.resolve(1)]).then((v) => console.log(v));
