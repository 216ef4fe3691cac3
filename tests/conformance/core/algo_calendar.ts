// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// calendar arithmetic: leap years, day of week (Zeller), day of year, days between dates
function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  if (m === 4 || m === 6 || m === 9 || m === 11) return 30;
  return 31;
}
function dayOfWeek(y: number, m: number, d: number): string {
  if (m < 3) {
    m += 12;
    y -= 1;
  }
  let k: number = y % 100;
  let j: number = (y - k) / 100;
  let h: number = (d + Math_floor((13 * (m + 1)) / 5) + k + Math_floor(k / 4) + Math_floor(j / 4) + 5 * j) % 7;
  return h === 0 ? "Saturday" : h === 1 ? "Sunday" : h === 2 ? "Monday" : h === 3 ? "Tuesday" : h === 4 ? "Wednesday" : h === 5 ? "Thursday" : "Friday";
}
function Math_floor(x: number): number {
  let r: number = x - (x % 1);
  return x < 0 && r !== x ? r - 1 : r;
}
function dayNumber(y: number, m: number, d: number): number {
  let n: number = 0;
  for (let yy = 1970; yy < y; yy++) n += isLeap(yy) ? 366 : 365;
  for (let mm = 1; mm < m; mm++) n += daysInMonth(y, mm);
  return n + d - 1;
}
let leaps: string = "";
for (let y = 1896; y <= 2024; y += 4) if (!isLeap(y)) leaps += y + " ";
console.log("non-leap multiples of 4:", leaps);
console.log(dayOfWeek(1970, 1, 1), dayOfWeek(2000, 2, 29), dayOfWeek(2026, 1, 1), dayOfWeek(1969, 7, 20));
console.log(dayNumber(2000, 1, 1), dayNumber(2026, 3, 15), dayNumber(2038, 1, 19) * 86400);
console.log("days between", dayNumber(2026, 12, 25) - dayNumber(2026, 1, 1));
let fridays13: number = 0;
for (let y = 2000; y < 2030; y++) {
  for (let m = 1; m <= 12; m++) {
    if (dayOfWeek(y, m, 13) === "Friday") fridays13++;
  }
}
console.log("Friday the 13ths 2000-2029:", fridays13);
console.log(Math_floor(-2.5), Math_floor(2.5), Math_floor(-3), Math_floor(-0.5));
