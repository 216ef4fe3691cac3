// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Runs an AssemblyScript benchmark under Node: node bench/as/host.mjs X.wasm
// loads X.wasm with the raw bindings asc wrote next to it (X.js), gives it
// the console imports below and calls its exported main(). AssemblyScript has
// no console of its own; numbers that need JavaScript formatting (toFixed)
// are formatted here.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const wasm = process.argv[2];
const bindings = await import(pathToFileURL(wasm.replace(/\.wasm$/, '.js')).href);
const module = await WebAssembly.compile(fs.readFileSync(wasm));
const exports = await bindings.instantiate(module, {
  host: {
    print: (s) => console.log(s),
    printFixed: (x, digits) => console.log(x.toFixed(digits)),
  },
});
exports.main();
