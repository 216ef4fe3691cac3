// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Number: parseInt of long digit strings in every radix, where non-power-of-two radixes lose precision the way V8 rounds
for (let r = 2; r <= 36; r++) {
  const digit = (r - 1).toString(r);
  const s1 = digit.repeat(25);
  const s2 = "1" + "0".repeat(30);
  const s3 = "1" + "0".repeat(20) + "1";
  console.log(r, parseInt(s1, r), parseInt(s2, r), parseInt(s3, r), parseInt("-" + digit.repeat(5), r));
}
console.log(parseInt("zzzzzzzzzzzzzzzzzzzz", 36), parseInt("9".repeat(400), 10), parseInt("f".repeat(300), 16), parseInt("1".repeat(1100), 2));
console.log(parseInt("900719925474099267", 10), parseInt("18446744073709551615", 10), parseInt("18446744073709552000", 10));
