// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// optional calls: f?.() on optional function fields and nullable function variables
interface Handlers { onOpen?: (n: number) => string; onClose?: () => void }
const h: Handlers = { onOpen: (n) => "opened " + n };
const g: Handlers = {};
console.log(h.onOpen?.(3), g.onOpen?.(4), h.onClose?.());
let cb: ((s: string) => number) | undefined;
console.log(cb?.("x"));
cb = (s) => s.length;
console.log(cb?.("hello"));
