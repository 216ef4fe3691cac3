// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// enums: enum members initialized from other members and constant expressions
enum Size {
  Small = 1,
  Medium = Small * 2,
  Large = Medium * 2,
  Huge = Large + Medium + Small,
  Str = "abc".length,
}
console.log(Size.Small, Size.Medium, Size.Large, Size.Huge, Size.Str);
console.log(Size[7], Size[3], Size[4]);
enum Mixed {
  No = 0,
  Yes = "YES",
}
console.log(Mixed.No, Mixed.Yes, Mixed[0]);
