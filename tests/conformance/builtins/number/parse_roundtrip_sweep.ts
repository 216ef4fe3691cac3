// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: parseFloat and Number of printed values round-trip exactly, across subnormals, powers of ten and long digit strings
let bad = 0;
let count = 0;
for (let e = -324; e <= 308; e += 7) {
  for (const m of [1, 1.5, 2.2250738585072014, 4.9406564584124654, 9.999999999999998]) {
    const x = m * 10 ** e;
    const s = String(x);
    if (parseFloat(s) !== x || Number(s) !== x) bad++;
    count++;
    if (e % 49 === 0) console.log(e, m, s, x.toExponential(), parseFloat(s.toUpperCase()));
  }
}
console.log(count, bad);
const lits: string[] = ["0.1", "0.30000000000000004", "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.5e-324", "2.4e-324", "1.7976931348623157e+308", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "9007199254740993", "9007199254740992.5", "0.000000000000000000000000000001", "123456789012345678901234567890e-20", "1e23", "8.41e21", "5e-324"];
for (const s of lits) console.log(s.length > 40 ? s.slice(0, 12) + "..." : s, parseFloat(s), Number(s), parseFloat(s) === Number(s));
