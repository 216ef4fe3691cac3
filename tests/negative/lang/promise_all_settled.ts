// expect-error: TSX1013
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Promise.allSettled is not implemented
Promise.allSettled([Promise.resolve(1)]).then((r) => console.log(r.length));
