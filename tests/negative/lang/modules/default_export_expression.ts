// expect-error: TSX1101
// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// 'export default' of an expression (export { x as default } is supported).
const x = 1;
export default x + 1;
console.log(x);
