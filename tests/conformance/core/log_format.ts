// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log format substitution %s %d %i %f %% when the first argument is a string
console.log("%s is %d years", "Bob", 42);
console.log("%d + %d = %d", 1, 2, 3);
console.log("%i %i %i %i", 42.9, -42.9, 1e21, 0.0000001);
console.log("%f %f %f", 1.5, -0.25, 1e21);
console.log("%d %d %d %d", 1.5, -0, 0 / 0, 1 / 0);
console.log("%s %s %s %s", 1.5, -0, true, "str");
console.log("100%% sure", 1);
console.log("%s%s%s", "a", "b", "c");
console.log("%d%%", 50);
console.log("%s", "x", "extra", 1, true);
console.log("%s and %s", "only one");
console.log("%d", "42");
console.log("%d %i %f", "abc", "12.5px", "3.25e1xyz");
console.log("%i %f", "-0", "-0");
console.log("%s %d", true, false);
console.log("%i", true);
console.log("no specifiers", 1, 2);
console.log("%x %y %", 1, 2);
console.log("trailing %", 5);
console.log("%%", 1);
console.log("%%s %s", "v");
console.log("%");
console.log("%%");
console.log("%s");
console.log("%d");
console.log(1, "%d", 2);
console.log("a%sb%sc", "", "");
console.log("%s", 123456789012345680000, 1e-7);
console.log("%d", 2 ** 53 + 1, 5e-324);
