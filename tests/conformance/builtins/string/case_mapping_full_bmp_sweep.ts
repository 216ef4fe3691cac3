// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// String: toUpperCase/toLowerCase of every BMP code unit, summarised per block by a checksum and the list of length-changing mappings
let changedLen: string[] = [];
for (let block = 0; block < 0x10000; block += 0x1000) {
  let hu = 0;
  let hl = 0;
  let nu = 0;
  for (let c = block; c < block + 0x1000; c++) {
    const s = String.fromCharCode(c);
    const u = s.toUpperCase();
    const l = s.toLowerCase();
    for (let i = 0; i < u.length; i++) hu = (Math.imul(hu, 31) + u.charCodeAt(i)) | 0;
    for (let i = 0; i < l.length; i++) hl = (Math.imul(hl, 31) + l.charCodeAt(i)) | 0;
    if (u !== s) nu++;
    if ((u.length !== 1 || l.length !== 1) && changedLen.length < 60) changedLen.push(c.toString(16) + ":" + u.length + "/" + l.length);
  }
  console.log(block.toString(16), hu, hl, nu);
}
console.log(changedLen.join(" "));
let astral = 0;
for (let c = 0x10400; c < 0x1e950; c += 1) {
  const s = String.fromCodePoint(c);
  const u = s.toUpperCase();
  if (u !== s) astral = (Math.imul(astral, 33) + u.codePointAt(0)!) | 0;
}
console.log(astral);
