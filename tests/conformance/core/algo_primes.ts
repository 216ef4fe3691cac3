// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// prime numbers by trial division: counting, listing, twin primes, prime factorization
function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
let list: string = "";
let count: number = 0;
for (let n = 0; count < 40; n++) {
  if (isPrime(n)) {
    list += n + " ";
    count++;
  }
}
console.log(list);
let below: number = 0;
let twins: number = 0;
for (let n = 2; n < 50000; n++) {
  if (isPrime(n)) {
    below++;
    if (isPrime(n + 2)) twins++;
  }
}
console.log("primes below 50000:", below, "twin pairs:", twins);
function factor(n: number): string {
  let out: string = "";
  let d: number = 2;
  while (n > 1) {
    if (n % d === 0) {
      out += (out === "" ? "" : "*") + d;
      n = n / d;
    } else {
      d = d === 2 ? 3 : d + 2;
      if (d * d > n && n > 1) {
        out += (out === "" ? "" : "*") + n;
        break;
      }
    }
  }
  return out;
}
console.log(factor(360), factor(97), factor(1001), factor(2 ** 31 - 1), factor(600851475143), factor(9007199254740991));
console.log(isPrime(2147483647), isPrime(4294967297), isPrime(1e9 + 7));
