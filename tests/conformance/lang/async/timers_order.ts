// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// timers fire by delay, then creation order

setTimeout(() => console.log("30"), 30);
setTimeout(() => console.log("10 a"), 10);
setTimeout(() => console.log("0 -> 1"), 0);
setTimeout(() => console.log("10 b"), 10);
setTimeout(() => console.log("negative -> 1"), -5);
setTimeout(() => console.log("20"), 20);
console.log("scheduled");
