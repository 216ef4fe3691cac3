// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// console.log: %% escapes, unknown and trailing %, placeholders without arguments, surplus arguments, and a non-string first argument
console.log("100%%");
console.log("100%% of %s", "it");
console.log("%%s", "x");
console.log("%%%s%%", "mid");
console.log("trailing %");
console.log("%x %y %z", 1, 2);
console.log("%s %s %s", "only one");
console.log("%d and %i", 1);
console.log("%s", "a", "b", 3, [4], { five: 5 });
console.log("no placeholders", "extra", 7, true);
console.log(5, "%s", "not applied");
console.log([1], "%d", 2);
console.log("%c%s%c", "color: red", "shown", "font-weight: bold");
console.log("%", 1);
console.log("%%");
console.log("%s%");
console.log("a%sb%sc", "", "");
console.log("%s", "");
console.log("%5d|%-3s|%.2f", 1, "x", 3.14159);
console.log("%j", "%s", "leftover");
