// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// JSON.parse skips the four JSON white space characters everywhere between tokens
interface Rec {
  name: string;
  values: number[];
  flag: boolean;
  none: null;
}
const text = ' \r\n\t{ \n  "name"\t:\r "w s" ,\n\n  "values" : [ 1 ,2\t,\r\n3 ] , "flag":true\n,"none"   :   null   }\n\t ';
const r: Rec = JSON.parse(text);
console.log(r.name, r.values.length, r.values[2], r.flag, r.none);
console.log(JSON.stringify(r));
const n: number = JSON.parse("\n\n\n   -12.5e1   \t");
const list: string[] = JSON.parse("[\n]");
console.log(n, list.length);
