// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// combinators over arrays mixing promises and plain values
const mixed: (number | Promise<number>)[] = [1, Promise.resolve(2), 3];
Promise.all(mixed).then((v) => console.log("all", v));
Promise.allSettled(mixed).then((v) => console.log("allSettled", v));
Promise.race(mixed).then((v) => console.log("race", v));
Promise.any(mixed).then((v) => console.log("any", v));
const strings = ["a", "b"];
Promise.all(strings).then((v) => console.log(v.join("+")));
Promise.any([Promise.reject("no"), "plain"]).then((v) => console.log("any plain", v));
Promise.allSettled([true, false]).then((rs) => console.log(rs.map((r) => (r.status === "fulfilled" ? r.value : "x"))));
