// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String building: += and prepend loops, forks of one prefix, s + s doubling, built strings compared and printed
let s = "";
for (let i = 0; i < 300; i++) s += String.fromCharCode(65 + (i % 26));
console.log(s.length, s.slice(0, 30), s.slice(-30), s.charCodeAt(299), s.indexOf("XYZ"), s.lastIndexOf("ABC"));

// Prepending builds from the right.
let p = "";
for (let i = 0; i < 200; i++) p = (i % 10) + p;
console.log(p.length, p.slice(0, 25), p.slice(-25), p.indexOf("0987"), p.lastIndexOf("1098"));

// Mixed: prepend and append to the same string.
let m = "|";
for (let i = 0; i < 120; i++) m = i % 3 === 0 ? "<" + m + ">" : m + (i % 2 === 0 ? "e" : "o");
console.log(m.length, m.slice(0, 45), m.slice(-45));

// Forks: many strings extend one prefix; each keeps only its own text.
let base = "prefix-";
for (let i = 0; i < 40; i++) base += "ab";
const forks: string[] = [];
for (let i = 0; i < 10; i++) forks.push(base + i + "!");
for (let i = 0; i < 10; i++) forks[i] += "?" + i;
console.log(forks.map((f) => f.slice(85)).join(" "), base.length, base.endsWith("ab"), base.slice(-3));
const t = base + "T";
const u = base + "U";
console.log(t.slice(-4), u.slice(-4), base.slice(-4), t === u, t.slice(0, -1) === u.slice(0, -1), t < u);

// Doubling: s + s onto itself.
let d = "0123456789abcdefghij0123456789abcdef";
for (let i = 0; i < 8; i++) d = d + d;
console.log(d.length, d.slice(36 * 100, 36 * 100 + 40), d.indexOf("fghij0123", 5000), d.lastIndexOf("ef0123"));
let q = "ab";
for (let i = 0; i < 12; i++) q = q + "|" + q;
console.log(q.length, q.slice(0, 20), q.slice(-20), q.split("|").length);

// Built strings equal their literal spelling and sort with other strings.
let hello = "";
for (const part of ["Hello", ", ", "world", "! ", "this string is longer than thirty-two units"]) hello += part;
const lit = "Hello, world! this string is longer than thirty-two units";
console.log(hello === lit, hello.length === lit.length, hello < lit + "x", [lit + "b", hello + "a", hello].sort().join("|"));
let again = "Hello, world! this string is longer than thirty-two unit";
again += "s";
console.log(again === hello, again.localeCompare(hello), hello.toUpperCase(), hello.replace("world", "there"));

// Interleaved builders, each appending in turn.
const bs: string[] = ["", "", ""];
for (let i = 0; i < 90; i++) bs[i % 3] += String.fromCharCode(97 + (i % 26)) + (i % 10);
console.log(bs.join("/"));

// Templates and .concat on built strings.
let tpl = "";
for (let i = 0; i < 30; i++) tpl = `${tpl}[${i}]`;
const cc = tpl.concat("-", tpl, "-", String(tpl.length));
console.log(tpl, cc.length, cc.slice(-20));
