// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: static fields read through subclasses until a subclass assigns its own value
class Registry {
  static count = 0;
  static tag = "reg";
  static items: string[] = [];
}
class Users extends Registry {}
class Admins extends Users {
  static tag = "admins";
}
console.log(Registry.count, Users.count, Admins.count, Users.tag, Admins.tag);
Registry.count = 3;
console.log(Registry.count, Users.count, Admins.count);
Users.count = 7;
console.log(Registry.count, Users.count, Admins.count);
Users.count++;
Registry.count += 10;
console.log(Registry.count, Users.count, Admins.count);
Users.items.push("shared");
console.log(Registry.items.length, Admins.items.join(","), Users.items === Registry.items);
Admins.tag += "!";
Users.tag = "users";
console.log(Registry.tag, Users.tag, Admins.tag);
