// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a rejection left unhandled by a timer callback ends the program after that callback's microtasks
setTimeout(() => {
  console.log("timer 1");
  Promise.reject({ code: 1 });
  Promise.resolve().then(() => console.log("timer 1 microtask"));
}, 5);
setTimeout(() => console.log("timer 2 should not run"), 50);
console.log("scheduled");
