// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Integer-only arrays reached through optional chains, parentheses and non-null assertions, next to plain ones.

const opt: number[] = [1, 2, 3];
opt[0] = (opt[1] + opt[2]) & 15;
console.log(opt?.[0], opt?.[2], opt?.length);
const paren: number[] = [4, 5];
paren[1]++;
console.log((paren)[1], (paren)[0] * 2);
const optPush: number[] = [6];
optPush?.push(7, 8);
console.log(optPush[0] + optPush[1] + optPush[2], optPush.length);
const bang: number[] = [9, 10];
bang![0] = bang[1] * 3;
console.log(bang[0], bang![1]);
const viaParenStore: number[] = [1, 1];
(viaParenStore)[1] = 40;
console.log(viaParenStore[0] + viaParenStore[1]);
const plain: number[] = [2, 3, 5, 7];
plain[(plain[0] + 1) % 4] ^= 11;
plain[3] = (plain[1]!);
console.log(plain[0], plain[1], plain[2], plain[3]);
const viaString: number[] = [3, 4];
viaString[1] = 12;
console.log(viaString.length, viaString[0] + viaString[1]);
