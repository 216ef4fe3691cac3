// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object rest keeps function-valued members and nested objects by reference
interface Widget { kind: string; size: { w: number; h: number }; render: (s: string) => string; visible: boolean }
const w: Widget = { kind: "box", size: { w: 2, h: 3 }, render: (s) => "<" + s + ">", visible: true };
const { kind, ...props } = w;
console.log(kind, props.render(kind), props.size === w.size, props.visible);
props.size.w = 40;
console.log(w.size.w);
const { size: { w: width, ...heightOnly }, ...others } = w;
console.log(width, heightOnly, typeof others.render, others.kind);
