// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: reversing by code units vs code points, palindrome checks on normalised text
const rev = (s: string): string => s.split("").reverse().join("");
const revCp = (s: string): string => [...s].reverse().join("");
console.log(rev("hello"), revCp("héllo"), revCp("a😀b"), revCp("a😀b").length);
const isPal = (s: string): boolean => {
  const t = s.toLowerCase().split("").filter((c) => (c >= "a" && c <= "z") || (c >= "0" && c <= "9")).join("");
  return t === rev(t);
};
for (const p of ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "12321", "123"]) console.log(JSON.stringify(p), isPal(p));
