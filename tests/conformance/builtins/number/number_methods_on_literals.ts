// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: methods called on literal and computed numbers, valueOf and toLocaleString-free formatting helpers
console.log((12.5).toString(), (1e21).toFixed(2), (0.1).toFixed(20), (255).toString(16).toUpperCase().padStart(4, "0"));
function money(n: number): string {
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toFixed(2).split(".");
  let grouped = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ",";
    grouped += int[i];
  }
  return (neg ? "-" : "") + "$" + grouped + "." + frac;
}
console.log([0, 5, 1234.5, -9876543.219, 1000000, 0.005, 999.995].map(money).join(" "));
console.log((42).valueOf(), Number("7").valueOf() + 1);
